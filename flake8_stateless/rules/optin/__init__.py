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

from collections.abc import Iterator

from ...context import Context, Finding
from .background import background_work
from .idempotency import missing_idempotency_keys
from .mcp_transport import mcp_transports
from .session_auth import session_logins


def check(ctx: Context) -> Iterator[Finding]:
    yield from missing_idempotency_keys(ctx)
    yield from session_logins(ctx)
    yield from background_work(ctx)
    yield from mcp_transports(ctx)


__all__ = ["check"]
