"""Settings package whose production module keeps the base's local-memory cache.

production.py star-imports this module and does not set CACHES, so the LocMemCache
below is what production runs with; sessions are kept in it too (cached_db).
"""

import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "blog.posts",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("POSTGRES_DB", "blog"),
        "HOST": os.environ.get("POSTGRES_HOST", "localhost"),
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",  # expect: SLS109:20
        "LOCATION": "blog",
        "TIMEOUT": 300,
    },
    # A named cache the code asks for on purpose (compiled templates): not reported.
    "templates": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

if DEBUG:
    INSTALLED_APPS += ["debug_toolbar"]
    SESSION_ENGINE = "django.contrib.sessions.backends.file"
