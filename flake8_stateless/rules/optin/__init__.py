"""Opt-in SLS201-SLS204: judgement calls that run only when the user selects them.

- SLS201: a POST or PATCH handler that accepts no idempotency key (:mod:`.idempotency`,
  with the handlers' methods and paths from :mod:`.routes`).
- SLS202: a login kept in a session (``login_user``, ``auth.login``, ``session["user_id"] = ...``)
  (:mod:`.session_auth`).
- SLS203: work or coordination that lives in the process beyond one request
  (``asyncio.create_task``, threads, ``BackgroundTasks``, executors, module-level locks and queues)
  (:mod:`.background`).
- SLS204: an MCP server served over HTTP with its sessions kept in this process
  (:mod:`.mcp_transport`).

The framework facts each rule needs are the tables at the top of its module; :mod:`.common`
holds what more than one of them uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from ...context import Context, Finding
from .background import background_work
from .idempotency import missing_idempotency_keys
from .mcp_transport import mcp_transports
from .session_auth import session_logins

#: Each rule and its code: only the codes the user selected run (rules.md section 3).
_RULES: Final[tuple[tuple[str, Callable[[Context], Iterator[Finding]]], ...]] = (
    ("SLS201", missing_idempotency_keys),
    ("SLS202", session_logins),
    ("SLS203", background_work),
    ("SLS204", mcp_transports),
)


def check(ctx: Context) -> Iterator[Finding]:
    for code, rule in _RULES:
        if code in ctx.config.opt_in:
            yield from rule(ctx)


__all__ = ["check"]
