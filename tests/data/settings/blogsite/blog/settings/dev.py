"""Developer laptop settings. No findings."""

from .base import *  # noqa: F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.file"
