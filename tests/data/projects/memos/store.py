"""Process-wide memos and a read-through cache that other modules invalidate."""

from cachetools import TTLCache

_overrides = TTLCache(maxsize=100, ttl=10)
_certificates = {}
_CERT_KEY = "certificates"


def load_certificates() -> dict:
    return {}


def certificate_status() -> dict:
    if _CERT_KEY not in _certificates:
        _certificates[_CERT_KEY] = load_certificates()
    return _certificates[_CERT_KEY]


def invalidate_overrides(tenant_id: str) -> None:
    _overrides.pop(tenant_id, None)


def clear_overrides() -> None:
    _overrides.clear()
