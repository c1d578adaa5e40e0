"""Lazy initialisation: a value created once, then the same for every request.

``if self._client is None: self._client = make()``, ``global _engine; if _engine is None:
_engine = create_engine(...)``, ``if not hasattr(o, "x")``, ``x = x or make()``: state in
form only. The rules that report rebinding (SLS102, SLS106, SLS108, SLS110) skip these.
"""

from __future__ import annotations

import ast

from .model import Scope
from .syntax import chain_text


def lazy_assignments(scope: Scope) -> set[int]:
    """Ids of assignments that fill a value once: ``if self.x is None: self.x = ...``.

    Also ``if not hasattr(o, "x")``, ``if "k" not in o``, ``if o.get("k") is None`` and
    ``x = x or make()``. Creating a client once per process is the same for every request.
    """
    lazy: set[int] = set()
    for branch in scope.of(ast.If):
        keys = _absence_keys(branch.test)
        if not keys:
            continue
        for statement in branch.body:
            for inner in ast.walk(statement):
                if isinstance(inner, ast.Assign) and any(_key(t) in keys for t in inner.targets):
                    lazy.add(id(inner))
    for assign in scope.of(ast.Assign):
        value = assign.value
        if (
            isinstance(value, ast.BoolOp)
            and isinstance(value.op, ast.Or)
            and any(_key(t) == _key(value.values[0]) for t in assign.targets)
        ):
            lazy.add(id(assign))
    return lazy


def _absence_keys(test: ast.expr) -> set[str]:
    """The expressions a condition tests for being unset, as source text."""
    keys: set[str] = set()
    todo = [test]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.Or):
            todo.extend(node.values)
            continue
        negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
        inner = node.operand if isinstance(node, ast.UnaryOp) else node
        if (
            isinstance(inner, ast.Compare)
            and len(inner.ops) == 1
            and isinstance(inner.ops[0], ast.Is)
            and isinstance(inner.comparators[0], ast.Constant)
            and inner.comparators[0].value is None
        ):
            subject: ast.expr | None = inner.left
        elif (
            isinstance(inner, ast.Compare)
            and len(inner.ops) == 1
            and isinstance(inner.ops[0], ast.NotIn)
            and isinstance(inner.left, ast.Constant)
        ):
            subject = ast.Subscript(value=inner.comparators[0], slice=inner.left)
        elif negated and isinstance(inner, ast.expr):
            subject = inner
        else:
            continue
        key = _key(_absent(subject)) if subject is not None else None
        if key is not None:
            keys.add(key)
    return keys


def _absent(subject: ast.expr) -> ast.expr:
    """``hasattr(o, "x")`` / ``getattr(o, "x", None)`` -> ``o.x``; ``o.get("k")`` -> ``o["k"]``."""
    if isinstance(subject, ast.Call) and len(subject.args) >= 2:
        func, name = subject.func, subject.args[1]
        if (
            isinstance(func, ast.Name)
            and func.id in ("hasattr", "getattr")
            and isinstance(name, ast.Constant)
            and isinstance(name.value, str)
        ):
            return ast.Attribute(value=subject.args[0], attr=name.value)
    if (
        isinstance(subject, ast.Call)
        and isinstance(subject.func, ast.Attribute)
        and subject.func.attr == "get"
        and subject.args
    ):
        return ast.Subscript(value=subject.func.value, slice=subject.args[0])
    return subject


def _key(node: ast.expr) -> str | None:
    """``self.client`` / ``o["k"]`` as text, for chains of names and constant keys only."""
    return chain_text(node, strict=True)
