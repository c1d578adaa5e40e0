"""The one table of codes: each code's kebab-case name, message template and default state.

A code, once shipped, keeps its meaning (codes are public API: users put them in
``--select``, ``per-file-ignores`` and ``# noqa``).
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class Code:
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
)

CODES: Final = MappingProxyType({c.code: c for c in _CODES})


def message(code: str, **fields: str) -> str:
    """The one-line flake8 message for ``code``: what, which object, where, the fix."""
    return CODES[code].format(**fields)
