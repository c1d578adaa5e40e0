"""Django settings on shared backends, dynamic values and debug-only branches. No findings."""

import os
import sys

import environ

env = environ.Env()
DEBUG = env.bool("DJANGO_DEBUG", default=False)
INSTALLED_APPS = ["django.contrib.sessions", "django.contrib.auth", "payments"]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": env("REDIS_URL", default="redis://127.0.0.1:6379/1"),
    },
    "memcached": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": "memcached:11211",
    },
    "db": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_table"},
    # Per-process on purpose (parsed templates): a named cache, not the default.
    "local": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"

if DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "django.contrib.sessions.backends.file"

if "test" in sys.argv or os.environ.get("TESTING"):
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
