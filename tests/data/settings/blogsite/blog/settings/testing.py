"""Settings for the test run. No findings."""

from .base import *  # noqa: F403

SESSION_ENGINE = "django.contrib.sessions.backends.file"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
