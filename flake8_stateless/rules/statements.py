"""SLS102: ``global``/``nonlocal`` in request scope, where the name is then rebound."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from ..context import Context, Finding
from ..lazy import lazy_assignments
from ..model import Scope
from ..syntax import written_targets


def prepare(ctx: Context) -> Callable[[Scope], Iterator[Finding]]:
    allowed = ctx.config.allowed

    def check(scope: Scope) -> Iterator[Finding]:
        statements: list[ast.Global | ast.Nonlocal] = [
            *scope.of(ast.Global),
            *scope.of(ast.Nonlocal),
        ]
        if not statements:
            return
        lazy = _lazy_initialised(scope)
        where = ctx.scope.where(scope.function)
        for statement in statements:
            names = [
                name
                for name in statement.names
                if name in scope.values
                and name not in allowed
                and name not in lazy
                and not _request_local(ctx, scope, statement, name)
            ]
            if names:
                keyword = "global" if isinstance(statement, ast.Global) else "nonlocal"
                yield Finding.at(
                    statement, "SLS102", statement=keyword, name=", ".join(names), where=where
                )

    return check


def _request_local(ctx: Context, scope: Scope, statement: ast.AST, name: str) -> bool:
    """``nonlocal`` to a variable of an enclosing request-scope function is per request."""
    if isinstance(statement, ast.Global) or scope.parent is None:
        return False
    owner = ctx.index.lookup(scope.parent, name)
    return owner is not None and owner.node in ctx.scope.reach


def _lazy_initialised(scope: Scope) -> set[str]:
    """Names only ever assigned lazily (``if _client is None: _client = ...``).

    Lazily creating a client or engine once per process is the same for every
    request: it is not state a later request depends on.
    """
    lazy = lazy_assignments(scope)
    lazy_names: set[str] = set()
    other_names: set[str] = set()
    for kind in (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete):
        for node in scope.of(kind):
            names = {t.id for t in written_targets(node) if isinstance(t, ast.Name)}
            (lazy_names if id(node) in lazy else other_names).update(names)
    return lazy_names - other_names
