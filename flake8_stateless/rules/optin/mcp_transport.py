"""SLS204 mcp-stateful-http-transport: an MCP server served over HTTP with its sessions kept
in this process.

Streamable HTTP without ``stateless_http=True`` (on the server, the call, or
``settings``), the SSE transport, and a session manager without ``stateless=True``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from typing import Final

from ...context import Context, Finding
from ...frameworks import FRAMEWORKS, TRANSPORT_PACKAGES
from ...model import Scope
from ...syntax import constant_str, dotted, keyword_value
from .common import callee

#: Each server framework's transports (frameworks/mcp.py), joined.
_TRANSPORTS: Final = tuple(fw.transports for fw in FRAMEWORKS if fw.transports is not None)
_PACKAGES: Final = TRANSPORT_PACKAGES
MCP_SERVERS: Final = frozenset(q for t in _TRANSPORTS for q in t.servers)
TRANSPORT_CALLS: Final[Mapping[str, tuple[str, bool]]] = {
    name: served for t in _TRANSPORTS for name, served in t.calls.items()
}
STREAMABLE_HTTP: Final = frozenset(n for t in _TRANSPORTS for n in t.streamable_http)
SSE: Final = frozenset(n for t in _TRANSPORTS for n in t.sse)
SESSION_MANAGERS: Final = frozenset(q for t in _TRANSPORTS for q in t.session_managers)
SSE_TRANSPORTS: Final = frozenset(q for t in _TRANSPORTS for q in t.sse_transports)
GLOBAL_SWITCHES: Final = frozenset(q for t in _TRANSPORTS for q in t.global_switches)
#: The packages whose servers those switches turn (``fastmcp``).
_SWITCH_PACKAGES: Final = frozenset(q.partition(".")[0] for q in GLOBAL_SWITCHES)

_HTTP_WHY: Final = (
    "serves MCP over streamable HTTP with its sessions kept in this process: a client routed"
    " to another instance or arriving after a restart gets 'Session not found';"
    " pass stateless_http=True"
)
_SSE_WHY: Final = (
    "serves MCP over the SSE transport, which keeps every session's stream in this process"
    " and has no stateless mode: a client routed to another instance loses its session;"
    " serve streamable HTTP with stateless_http=True"
)
_MANAGER_WHY: Final = (
    "keeps MCP sessions in this process: a client routed to another instance or arriving"
    " after a restart gets 'Session not found'; pass stateless=True"
)


def _flag(call: ast.Call, name: str) -> bool | None:
    """A constant keyword's truth; False when absent; None when unknowable (``**kwargs``)."""
    for keyword in call.keywords:
        if keyword.arg is None:
            return None
        if keyword.arg == name:
            value = keyword.value
            return bool(value.value) if isinstance(value, ast.Constant) else None
    return False


def _transport(call: ast.Call, default: str, named: bool) -> str | None:
    if not named:
        return default
    value = keyword_value(call, "transport")
    if value is None and call.args:
        value = call.args[0]
    if value is None:
        return None if any(k.arg is None for k in call.keywords) else default
    return constant_str(value)


def mcp_transports(ctx: Context) -> Iterator[Finding]:
    index = ctx.index
    if _PACKAGES.isdisjoint(index.imports.packages):
        return
    switches = _stateless_switches(ctx)
    for scope in (index.module, *index.scopes.values()):
        for call in scope.of(ast.Call):
            func = call.func
            if isinstance(func, (ast.Name, ast.Attribute)):
                qualified = index.imports.resolve(func)
                if qualified in SESSION_MANAGERS and _flag(call, "stateless") is False:
                    what = f"{dotted(func)}(...)"
                    yield Finding.at(call, "SLS204", what=what, why=_MANAGER_WHY)
                    continue
                if qualified in SSE_TRANSPORTS:
                    yield Finding.at(call, "SLS204", what=f"{dotted(func)}(...)", why=_SSE_WHY)
                    continue
            if not isinstance(func, ast.Attribute) or func.attr not in TRANSPORT_CALLS:
                continue
            server = _server(ctx, scope, func.value)
            if server is None:
                continue
            default, named = TRANSPORT_CALLS[func.attr]
            transport = _transport(call, default, named)
            text = f"'{callee(func)}()'"
            if named:
                text += f" with transport '{transport}'"
            if transport in SSE:
                yield Finding.at(call, "SLS204", what=text, why=_SSE_WHY)
                continue
            if transport not in STREAMABLE_HTTP:
                continue  # stdio (one process per client), or not knowable
            constructor, name = server
            flags = [_flag(constructor, "stateless_http"), _flag(call, "stateless_http")]
            flags.append(switches.get(name, False) if name else False)
            package = _resolved_name(ctx, constructor).partition(".")[0]
            if package in _SWITCH_PACKAGES:
                flags.append(switches.get(package, False))
            if any(f is None or f for f in flags):
                continue
            yield Finding.at(call, "SLS204", what=text, why=_HTTP_WHY)


def _resolved_name(ctx: Context, call: ast.Call) -> str:
    func = call.func
    if isinstance(func, (ast.Name, ast.Attribute)):
        return ctx.index.imports.resolve(func) or ""
    return ""


def _server(ctx: Context, scope: Scope, expr: ast.expr) -> tuple[ast.Call, str | None] | None:
    """The constructor call of the MCP server ``expr`` is, and its variable's name."""
    if isinstance(expr, ast.Call):
        return (expr, None) if _resolved_name(ctx, expr) in MCP_SERVERS else None
    if not isinstance(expr, ast.Name):
        return None
    owner = ctx.index.lookup(scope, expr.id)
    values = owner.values.get(expr.id, []) if owner is not None else []
    if len(values) != 1 or not isinstance(values[0], ast.Call):
        return None  # imported, rebound, or made elsewhere: its settings are not visible
    constructor = values[0]
    return (constructor, expr.id) if _resolved_name(ctx, constructor) in MCP_SERVERS else None


def _stateless_switches(ctx: Context) -> dict[str, bool | None]:
    """``mcp.settings.stateless_http = True`` (per server name) and ``fastmcp.settings...``."""
    switches: dict[str, bool | None] = {}
    index = ctx.index
    for scope in (index.module, *index.scopes.values()):
        for assign in scope.of(ast.Assign):
            value = assign.value
            flag = bool(value.value) if isinstance(value, ast.Constant) else None
            for target in assign.targets:
                if not isinstance(target, ast.Attribute) or target.attr != "stateless_http":
                    continue
                switch = index.imports.resolve(target)
                if switch in GLOBAL_SWITCHES:
                    switches[switch.partition(".")[0]] = flag
                    continue
                holder = target.value
                if (
                    isinstance(holder, ast.Attribute)
                    and holder.attr == "settings"
                    and isinstance(holder.value, ast.Name)
                ):
                    switches[holder.value.id] = flag
    return switches
