"""SLS102: ``global``/``nonlocal`` in request scope, where the name is then rebound."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ..context import Context, Finding
from ..frameworks import GlobSet
from ..model import Scope


def check(ctx: Context) -> Iterator[Finding]:
    allowed = GlobSet(ctx.config.allowed_names)
    for scope, _reach in ctx.scope.functions():
        statements: list[ast.Global | ast.Nonlocal] = [
            *scope.of(ast.Global),
            *scope.of(ast.Nonlocal),
        ]
        if not statements:
            continue
        lazy = _lazy_initialised(scope)
        where = ctx.scope.where(scope.node)  # type: ignore[arg-type]
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


def _request_local(ctx: Context, scope: Scope, statement: ast.AST, name: str) -> bool:
    """``nonlocal`` to a variable of an enclosing request-scope function is per request."""
    if isinstance(statement, ast.Global) or scope.parent is None:
        return False
    owner = ctx.index.lookup(scope.parent, name)
    return owner is not None and owner.node in ctx.scope.reach


def _lazy_initialised(scope: Scope) -> set[str]:
    """Names only ever assigned under ``if name is None:`` / ``if not name:``.

    Lazily creating a client or engine once per process is the same for every
    request; it is not state a later request depends on.
    """
    guarded: dict[str, set[int]] = {}
    for branch in scope.of(ast.If):
        name = _none_test(branch.test)
        if name is None:
            continue
        for statement in branch.body:
            for node in ast.walk(statement):
                if isinstance(node, ast.Assign):
                    guarded.setdefault(name, set()).add(id(node))
    lazy = set()
    for name, assignments in guarded.items():
        rebinds = scope.values.get(name, [])
        ids = {
            id(node)
            for node in scope.of(ast.Assign)
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        }
        if ids and ids <= assignments and len(ids) == len(rebinds):
            lazy.add(name)
    return lazy


def _none_test(test: ast.expr) -> str | None:
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.Is)
        and isinstance(test.comparators[0], ast.Constant)
        and test.comparators[0].value is None
    ):
        return test.left.id
    if (
        isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not)
        and isinstance(test.operand, ast.Name)
    ):
        return test.operand.id
    return None
