"""SLS202 server-session-auth: a login kept in a server-side session.

``login_user``, ``auth.login``, or an identity key (``user_id``) written into the
request's session. The session and login APIs are each framework's ``sessions`` record.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Final

from ...context import Context, Finding
from ...frameworks import FRAMEWORKS, Framework, every
from ...model import FunctionNode, Scope
from ...scope import Reach
from ...semantic.functions import parameters
from ...syntax import constant_str, dotted
from .common import REQUEST_PARAMS, is_request

LOGIN_FUNCTIONS: Final = every(lambda fw: fw.sessions.login_functions)
SESSION_OBJECTS: Final = every(lambda fw: fw.sessions.objects)
SESSION_GETTERS: Final = every(lambda fw: fw.sessions.getters)
#: Session keys that hold who is logged in.
IDENTITY_KEYS: Final = frozenset(
    {
        "user", "user_id", "userid", "uid", "username", "user_name", "_user_id",
        "_auth_user_id", "auth_user_id", "account_id", "current_user", "current_user_id",
        "member_id", "logged_in", "is_authenticated", "authenticated", "principal",
        "identity", "userinfo", "user_info",
    }
)  # fmt: skip
_SESSION_WRITERS: Final = frozenset({"update", "setdefault"})


class _Sessions:
    """Which expressions of one function are the request's session."""

    def __init__(self, ctx: Context, scope: Scope, node: FunctionNode) -> None:
        self.ctx = ctx
        self.scope = scope
        self.params = {a.arg for a in parameters(node) if a.arg in REQUEST_PARAMS}

    def direct(self, expr: ast.expr) -> bool:
        if isinstance(expr, ast.Attribute) and expr.attr == "session":
            return is_request(expr.value, self.params)
        if isinstance(expr, ast.Await) and isinstance(expr.value, ast.Call):
            return self.ctx.index.imports.resolve(expr.value.func) in SESSION_GETTERS
        return self.ctx.index.imports.resolve(expr) in SESSION_OBJECTS

    def __call__(self, expr: ast.expr) -> bool:
        if self.direct(expr):
            return True
        values = self._aliased(expr)
        return bool(values) and all(map(self.direct, values))

    def _aliased(self, expr: ast.expr) -> list[ast.expr]:
        """What a local name is bound to (``session = request.session``), else nothing."""
        if isinstance(expr, ast.Name) and expr.id in self.scope.local_names:
            values = self.scope.values.get(expr.id, [])
            if values and all(v is not None for v in values):
                return values  # type: ignore[return-value]
        return []

    def objects(self, expr: ast.expr) -> set[str | None]:
        """The imported session objects ``expr`` is (``flask.session``), directly or aliased."""
        return {self.ctx.index.imports.resolve(e) for e in self._aliased(expr) or [expr]}


def _identity_keys(call: ast.Call) -> list[str]:
    keys = [k.arg for k in call.keywords if k.arg is not None]
    for arg in call.args[:1]:
        if isinstance(arg, ast.Dict):
            keys += [t for t in map(constant_str, arg.keys) if t is not None]
        elif isinstance(call.func, ast.Attribute) and call.func.attr == "setdefault":
            keys += [t for t in [constant_str(arg)] if t is not None]
    return [k for k in keys if k.lower() in IDENTITY_KEYS]


def _kept_by(fw: Framework, objects: set[str | None]) -> bool:
    """Whether the sessions written are ``fw``'s own store: its per-connection copy of an
    imported session (Flask-SocketIO's ``flask.session``), or the request's session where that
    is a signed cookie (``{None}``: ``request.session``, not an imported object)."""
    return objects <= fw.connection_sessions or (fw.cookie_sessions and objects == {None})


def _connection_session(ctx: Context, reach: Reach, objects: set[str | None]) -> bool:
    """Whether the session objects written are the framework's own store, not a server session,
    in the framework whose handler ``reach`` serves (see :func:`_kept_by`)."""
    if not any(_kept_by(fw, objects) for fw in ctx.scope.frameworks):
        return False
    # understanding reads the rule families' modules: imported here, once it is needed.
    from ...understanding import entry_framework

    for node, entry in ctx.scope.reach.items():
        if entry.via is None and ctx.scope.qualified_name(node) == reach.handler:
            name = entry_framework(ctx.scope, node, ctx.config)
            return any(fw.name == name and _kept_by(fw, objects) for fw in FRAMEWORKS)
    return False


def session_logins(ctx: Context) -> Iterator[Finding]:
    for scope, reach in ctx.scope.functions():
        node = scope.function
        is_session = _Sessions(ctx, scope, node)
        where = ctx.scope.where(node)
        for assign in scope.of(ast.Assign):
            for target in assign.targets:
                if not isinstance(target, ast.Subscript):
                    continue
                key = constant_str(target.slice)
                if (
                    key is not None
                    and key.lower() in IDENTITY_KEYS
                    and is_session(target.value)
                    and not _connection_session(ctx, reach, is_session.objects(target.value))
                ):
                    what = f"'{key}' written into {dotted(target.value) or 'the session'}"
                    yield Finding.at(assign, "SLS202", what=what, where=where)
                    break
        for call in scope.of(ast.Call):
            func = call.func
            qualified = ctx.index.imports.resolve(func)
            if qualified in LOGIN_FUNCTIONS:
                yield Finding.at(call, "SLS202", what=f"{qualified}()", where=where)
            elif isinstance(func, ast.Attribute) and (
                (
                    func.attr in _SESSION_WRITERS
                    and is_session(func.value)
                    and not _connection_session(ctx, reach, is_session.objects(func.value))
                )
                or (func.attr == "set_session" and is_request(func.value, is_session.params))
            ):
                keys = _identity_keys(call)
                if keys:
                    what = f"'{keys[0]}' written by {dotted(func) or func.attr}()"
                    yield Finding.at(call, "SLS202", what=what, where=where)
