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
#: Where two findings fall on one line, the one whose code comes first here is kept: the
#: more specific (a session store before a container, a class attribute before ``self``).
PRECEDENCE: Final = (
    "SLS103", "SLS104", "SLS105", "SLS101", "SLS107", "SLS106", "SLS108", "SLS110", "SLS102",
    "SLS109",
)  # fmt: skip


def message(code: str, **fields: str) -> str:
    """The one-line flake8 message for ``code``: what, which object, where, the fix."""
    return CODES[code].format(**fields)


class Question(NamedTuple):
    """One of the six questions a stateless review answers, and what "yes" means."""

    key: str
    text: str
    yes_means: str


#: The six questions of a stateless design review, in the order they are asked.
QUESTIONS: Final = (
    Question("restart", "Is this API restart-safe?", "no data loss on restart"),
    Question("scale", "Can it scale horizontally?", "any instance handles any request"),
    Question("any-instance", "Can any server instance handle any request?", "no instance affinity"),
    Question(
        "context", "Is user context fully reconstructible?", "from the token and the database"
    ),
    Question(
        "survives-restart",
        "Does state survive a server restart?",
        "all of it is in a database or shared store",
    ),
    Question("idempotent", "Are operations idempotent where applicable?", "retries are safe"),
)

_ALL_BUT_CONTEXT: Final = ("restart", "scale", "any-instance", "survives-restart")

#: The one table of what each code says about the six questions: the questions a finding of
#: the code answers "no" to. A question no code maps to could never be answered "no".
ANSWERS_NO: Final = MappingProxyType(
    {
        "SLS101": _ALL_BUT_CONTEXT,
        "SLS102": _ALL_BUT_CONTEXT,
        "SLS103": (*_ALL_BUT_CONTEXT, "context"),
        "SLS104": (*_ALL_BUT_CONTEXT, "context"),
        "SLS105": ("scale", "any-instance"),
        "SLS106": ("scale", "any-instance", "context"),
        "SLS107": _ALL_BUT_CONTEXT,
        "SLS108": _ALL_BUT_CONTEXT,
        "SLS109": (*_ALL_BUT_CONTEXT, "context"),
        "SLS110": _ALL_BUT_CONTEXT,
        "SLS201": ("idempotent",),
        "SLS202": ("any-instance", "context"),
        "SLS203": ("restart", "survives-restart"),
        "SLS204": ("restart", "scale", "any-instance", "context"),
    }
)


def codes_bearing_on(question: str) -> tuple[str, ...]:
    """The codes whose findings answer ``question`` "no", in code order."""
    return tuple(code for code, keys in ANSWERS_NO.items() if question in keys)
