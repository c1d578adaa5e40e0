"""django-split-settings: the settings are put together from components. No findings here."""

from os import environ

from split_settings.tools import include, optional

ENV = environ.get("DJANGO_ENV", "production")

include(
    "components/common.py",
    "components/caches.py",
    optional(f"environments/{ENV}.py"),
)
