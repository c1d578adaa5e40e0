"""Settings adjusted once, at startup, in AppConfig.ready(). No findings."""

from django.apps import AppConfig
from django.conf import settings


class FlagsConfig(AppConfig):
    name = "core"

    def ready(self):
        settings.FEATURES = {**getattr(settings, "FEATURES", {}), "beta": False}
        settings.ALLOWED_HOSTS.append("flags.internal")
