"""Staging: production settings with a cache on the box's disk (one host only)."""

from .production import *  # noqa: F403

ALLOWED_HOSTS = ["staging.shop.example.com"]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",  # expect: SLS109:20
        "LOCATION": "/var/tmp/django_cache",
    }
}
