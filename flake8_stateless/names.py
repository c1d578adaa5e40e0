"""Names that identify a user, a session, a token or a tenant: data keyed by them is
per-user state (SLS103's keys, SLS105's caching parameters, keyed lazy fills that are not)."""

from __future__ import annotations

from typing import Final

from .frameworks import GlobSet

#: Parameters that identify a user, a session or a tenant: caching by them keeps
#: per-user state. Whole names, so ``max_tokens`` or ``tokenizer_name`` do not count, and
#: identifiers rather than words: ``user`` or ``username`` is as often a part of a URL or a
#: display name (``make_netloc(user, password, host)``) as a key of per-user data.
IDENTITY_PARAMS: Final = GlobSet(
    (
        "uid", "user_id", "userid", "user_email", "email",
        "current_user", "*_user", "*_user_id", "session", "session_id", "sessionid", "sid",
        "session_key", "*_session_id", "token", "access_token", "refresh_token", "id_token",
        "auth_token", "bearer_token", "session_token", "jwt", "jti", "api_key", "apikey",
        "tenant", "tenant_id", "*_tenant_id", "customer", "customer_id", "*_customer_id",
        "account", "account_id", "*_account_id", "principal", "principal_id", "owner_id",
        "org_id", "organization_id", "member_id",
    )
)  # fmt: skip
#: Keys that make a write a session/token store whatever the container's name.
SESSION_KEYS: Final = GlobSet(
    (
        "session_id",
        "sessionid",
        "sid",
        "session_key",
        "*_session_id",
        "session_token",
        "token",
        "*_token",
        "jti",
        "api_key",
        "apikey",
        "token_id",
    )
)


def identifies(name: str) -> bool:
    """Whether a parameter or key name identifies a user, session, token or tenant."""
    lowered = name.lower()
    return lowered in IDENTITY_PARAMS or lowered in SESSION_KEYS
