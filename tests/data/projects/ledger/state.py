"""Process-wide containers the services below write: what a second instance never sees."""

query_cache: dict[str, list[dict]] = {}
telemetry: list[dict] = []
SUPPORTED_CURRENCIES = ("EUR", "USD")
schema_cache: dict[str, dict] = {}
profile_cache: dict[str, dict] = {}
