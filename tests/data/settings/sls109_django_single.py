"""A single-file Django settings module (startproject layout) with process-local backends."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["api.example.com"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "orders",
]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
    }
}

# dict(...) instead of a literal: the same setting.
CACHES = dict(
    default=dict(
        BACKEND="django.core.cache.backends.filebased.FileBasedCache",  # expect: SLS109:17
        LOCATION=os.path.join(BASE_DIR, "cache"),
    )
)

# File sessions live in the temp folder of one host.
SESSION_ENGINE = "django.contrib.sessions.backends.file"  # expect: SLS109:18
SESSION_FILE_PATH = "/tmp/sessions"

REST_FRAMEWORK = {
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "100/hour"},
}
