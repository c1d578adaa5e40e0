"""django-environ and other values chosen at run time: not knowable, not reported.

No findings.
"""

import os

import environ

env = environ.Env(CACHE_URL=(str, "locmemcache://"))
INSTALLED_APPS = ["django.contrib.sessions", "shop"]

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_CACHE_ALIAS = "default"

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/0")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend" if os.environ.get("CI") else (
    "django.core.mail.backends.smtp.EmailBackend"
)
