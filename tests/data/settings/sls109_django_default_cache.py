"""Cache sessions with no CACHES: Django's default cache is LocMemCache, per process."""

import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "accounts",
]
MIDDLEWARE = ["django.contrib.sessions.middleware.SessionMiddleware"]
SESSION_ENGINE = "django.contrib.sessions.backends.cache"  # expect: SLS109:18
SESSION_COOKIE_AGE = 60 * 60 * 24
