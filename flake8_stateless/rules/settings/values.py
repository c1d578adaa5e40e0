"""Literal values in settings: constant strings, call keywords, mappings written inline."""

from __future__ import annotations

import ast

from ...model import ModuleIndex, Scope
from ...syntax import constant_str

Items = tuple[list[tuple[str, ast.expr]], bool]


def literal_mapping(expr: ast.expr | None, scope: Scope, index: ModuleIndex) -> Items | None:
    """A literal mapping (``{...}``, ``dict(...)``, or a name bound once to one): its
    string-keyed items and whether they are all of them; ``None`` if it is not one."""
    if isinstance(expr, ast.Name):
        owner = index.lookup(scope, expr.id)
        values = owner.values.get(expr.id, []) if owner is not None else []
        expr = values[0] if len(values) == 1 else None
    if isinstance(expr, ast.Dict):
        pairs: list[tuple[str, ast.expr]] = []
        complete = True
        for key, value in zip(expr.keys, expr.values, strict=True):
            name = constant_str(key)
            if name is None:  # {**base, ...} or a computed key: may replace what came before
                pairs.clear()
                complete = False
            else:
                pairs.append((name, value))
        return pairs, complete
    if (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Name)
        and expr.func.id == "dict"
        and index.lookup(scope, "dict") is None
    ):
        pairs = []
        complete = True
        for arg in expr.args:
            inner = literal_mapping(arg, scope, index) if isinstance(arg, ast.Dict) else None
            if inner is None:
                complete = False
            else:
                pairs.extend(inner[0])
                complete = complete and inner[1]
        for keyword in expr.keywords:
            if keyword.arg is None:
                pairs.clear()
                complete = False
            else:
                pairs.append((keyword.arg, keyword.value))
        return pairs, complete
    return None


def mapping_item(items: Items | None, key: str) -> ast.expr | None:
    if items is None:
        return None
    found = [value for name, value in items[0] if name == key]
    return found[-1] if found else None
