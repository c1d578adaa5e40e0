"""The one table of codes: each code's kebab-case name, message template and default state.

A code, once shipped, keeps its meaning (codes are public API: users put them in
``--select``, ``per-file-ignores`` and ``# noqa``).
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final, NamedTuple


class Code(NamedTuple):
    code: str
    name: str
    template: str
    default_on: bool = True

    def format(self, **fields: str) -> str:
        return f"{self.code} {self.template.format(**fields)}"


_RESTART = "lost on restart and different on every instance"

_CODES: Final = (
    Code(
        "SLS101",
        "global-state-in-handler",
        "{obj} is mutated in {where}: "
        + _RESTART
        + "; keep it in a database, a cache (Redis) or the request payload",
    ),
    Code(
        "SLS102",
        "global-statement-in-handler",
        "'{statement} {name}' rebinds process-wide state in {where}: "
        + _RESTART
        + "; keep it in a database or cache (Redis), or pass it with the request",
    ),
    Code(
        "SLS103",
        "in-memory-session-store",
        "in-memory session store {obj} is written in {where}: "
        + _RESTART
        + "; use token auth (JWT, API key) or a shared session store (Redis, database)",
    ),
    Code(
        "SLS104",
        "in-memory-conversation-history",
        "conversation history {obj} is kept in process memory by {where}: "
        + _RESTART
        + "; persist messages per conversation_id and replay them from the database",
    ),
    Code(
        "SLS105",
        "cached-mutable-user-state",
        "{what}: each instance keeps its own copy, stale and growing per user;"
        " use a shared cache with expiry (Redis) or no cache",
    ),
    Code(
        "SLS106",
        "request-context-on-long-lived-object",
        "'{target}' is written per request in {where}, but one {obj} serves every request:"
        " concurrent requests see each other's data; pass the value through the call or keep it"
        " in request-scoped storage (request.state, flask.g, req.context)",
    ),
    Code(
        "SLS107",
        "shared-class-attribute",
        "class-level {obj} is mutated in {where}: every instance and every request share"
        " it, and it is "
        + _RESTART
        + "; create the state per request (in the method or __init__), or keep it in external"
        " storage",
    ),
    Code(
        "SLS108",
        "app-state-mutated-in-handler",
        "application-wide {obj} is written in {where}: "
        + _RESTART
        + "; keep per-request data in request-scoped storage and shared data in external"
        " storage; set app state only at startup (lifespan)",
    ),
    Code(
        "SLS109",
        "process-local-backend",
        "{what} keeps {kind} in one process or on one host: other instances cannot see it;"
        " use a Redis, Memcached or database backend",
    ),
    Code(
        "SLS110",
        "stateful-singleton-in-handler",
        "{what} in {where}: {state}, shared by every request and "
        + _RESTART
        + "; inject a repository backed by external storage",
    ),
    Code(
        "SLS201",
        "missing-idempotency-key",
        "{method} {where} accepts no idempotency key: a retried request repeats the change;"
        " accept an Idempotency-Key header and keep processed keys in shared storage"
        " (database, Redis)",
        default_on=False,
    ),
    Code(
        "SLS202",
        "server-session-auth",
        "{what} in {where} keeps the login in a session: every request then depends on"
        " session state; use token auth (JWT, API key) checked on every request",
        default_on=False,
    ),
    Code(
        "SLS203",
        "in-process-background-work",
        "{what} in {where}: {why}",
        default_on=False,
    ),
    Code(
        "SLS204",
        "mcp-stateful-http-transport",
        "{what} {why}",
        default_on=False,
    ),
)

#: The prefix of the opt-in codes: they run only when the user selects them explicitly.
OPT_IN_PREFIX: Final = "SLS2"

CODES: Final = MappingProxyType({c.code: c for c in _CODES})
#: The opt-in codes, each turned on by naming it (or a prefix of it longer than ``SLS``).
OPT_IN_CODES: Final = frozenset(c.code for c in _CODES if not c.default_on)


def message(code: str, **fields: str) -> str:
    """The one-line flake8 message for ``code``: what, which object, where, the fix."""
    return CODES[code].format(**fields)
