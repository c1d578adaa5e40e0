"""Test settings: what the test runner uses is never deployed. No findings."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env("DJANGO_SECRET_KEY", default="test-secret")
TEST_RUNNER = "django.test.runner.DiscoverRunner"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.file"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
