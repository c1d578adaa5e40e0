"""Channels settings that share the layer between processes: Redis for the default layer;
in-memory only in DEBUG runs and for a named layer a consumer picks on purpose."""

import os

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
INSTALLED_APPS = ["django.contrib.auth", "channels", "chat"]
REDIS_URL = os.environ["REDIS_URL"]

CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        "CONFIG": {"hosts": [REDIS_URL]},
    },
    "pubsub": {
        "BACKEND": "channels_redis.pubsub.RedisPubSubChannelLayer",
        "CONFIG": {"hosts": [REDIS_URL]},
    },
    # A consumer with channel_layer_alias = "local" talks to its own process on purpose.
    "local": {"BACKEND": "channels.layers.InMemoryChannelLayer"},
}

if DEBUG:
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
