"""Settings for the test suite, in a tests/ folder. No findings."""

INSTALLED_APPS = ["django.contrib.sessions", "webapp"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
