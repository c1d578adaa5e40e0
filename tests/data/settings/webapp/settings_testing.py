"""Test settings named as such. No findings."""

from .settings import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.file"
