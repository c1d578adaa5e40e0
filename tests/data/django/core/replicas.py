"""Read replicas with Django's database router: no handler here, nothing reported.

``router`` is Django's own database router (``django.db.router``), not an object that
handlers are registered on: the name fallback for ``router``/``app`` objects imported from
elsewhere does not apply to names a framework's own package exports.
"""

from django.db import connections, router, transaction

_ALIASES: dict[str, str] = {}


def write_alias(model) -> str:
    label = model._meta.label
    if label not in _ALIASES:
        _ALIASES[label] = router.db_for_write(model) or "default"
    return _ALIASES[label]


def atomic_for(model):
    return transaction.atomic(using=write_alias(model))


def migrate_allowed(alias: str, app_label: str) -> bool:
    return bool(router.allow_migrate(alias, app_label)) and alias in connections
