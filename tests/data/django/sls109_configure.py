"""A standalone worker that configures Django in code (no settings module)."""

import os

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.sessions", "reports"],
    DATABASES={"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "reports"}},
    CACHES={
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},  # expect: SLS109:32
    },
    SESSION_ENGINE="django.contrib.sessions.backends.cache",
)
django.setup()

if os.environ.get("REPORTS_ONE_OFF"):
    # A second configuration on a shared cache: no finding.
    settings.configure(
        CACHES={"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}},
        SESSION_ENGINE="django.contrib.sessions.backends.cache",
    )
