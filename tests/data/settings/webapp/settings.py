"""The main settings module of a small project, with test and local overlays beside it.

settings_testing.py star-imports it and replaces CACHES, but test settings do not
count: this module is what production runs, so its FileBasedCache is reported.
"""

INSTALLED_APPS = ["django.contrib.sessions", "django.contrib.auth", "webapp"]
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",  # expect: SLS109:20
        "LOCATION": "/var/tmp/webapp",
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
