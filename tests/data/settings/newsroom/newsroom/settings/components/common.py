"""Common component: cache-based sessions, and CACHES comes from components/caches.py.
No findings here: a component does not show the whole configuration."""

from decouple import config

SECRET_KEY = config("DJANGO_SECRET_KEY")
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "newsroom.articles",
]
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
SESSION_CACHE_ALIAS = "sessions"
