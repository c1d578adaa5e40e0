"""Caches component: one settings file among several, still a settings module."""

from decouple import config

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": config("MEMCACHED_LOCATION", default="127.0.0.1:11211"),
    },
    "sessions": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",  # expect: SLS109:20
        "LOCATION": "/var/tmp/newsroom_sessions",
    },
}
SESSION_CACHE_ALIAS = "sessions"
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
