"""The classic 'local_settings' override at the end: it may replace CACHES on each
host, so the value above it is not reported. No findings."""

INSTALLED_APPS = ["django.contrib.sessions", "wiki"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache"}}

try:
    from .local_settings import *  # noqa: F403
except ImportError:
    pass
