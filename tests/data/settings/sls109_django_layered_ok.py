"""A settings module that star-imports a module this file cannot see: CACHES may come
from there, so cache sessions are not reported. No findings."""

from company_defaults.django_settings import *  # noqa: F403

INSTALLED_APPS = ["django.contrib.sessions", "billing"]
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
