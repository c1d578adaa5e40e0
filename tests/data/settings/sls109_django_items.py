"""Settings that change one cache entry at a time, and production-only branches."""

import os

ENVIRONMENT = os.environ.get("ENVIRONMENT", "production")
INSTALLED_APPS = ["django.contrib.sessions", "inventory"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

if ENVIRONMENT == "production":
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # expect: SLS109:20
        "LOCATION": "inventory",
    }
else:
    # Anything but production: not reported.
    CACHES["default"]["BACKEND"] = "django.core.cache.backends.filebased.FileBasedCache"

if not os.environ.get("DJANGO_DEBUG"):
    SESSION_ENGINE = "django.contrib.sessions.backends.file"  # expect: SLS109:22
