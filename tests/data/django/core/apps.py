"""AppConfig.ready() fills registries once per process. No findings."""

from django.apps import AppConfig

HANDLERS: dict[str, str] = {}
WEBHOOK_EVENTS = set()


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"

    def ready(self):
        from . import signals  # noqa: F401

        HANDLERS["order.created"] = "core.handlers.order_created"
        WEBHOOK_EVENTS.update({"order.created", "order.paid"})
