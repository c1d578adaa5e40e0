"""Production overrides: hosts and security only; CACHES comes from base.py (and is
reported there). Cache sessions here use that inherited CACHES: no finding of its own."""

from .base import *  # noqa: F403

DEBUG = False
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 3600
