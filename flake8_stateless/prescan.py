"""A statement-level look at a module, to skip files where no rule can fire.

Most files of a framework's own code base (or of a large service) import the
framework but define no handler. Walking only statements (imports, defs, classes,
their decorators and bases) costs a fraction of the full index, and tells whether
request scope is possible at all. It errs on the side of "possible": a file it lets
through gets the full analysis, so a finding is never lost to it.
"""

from __future__ import annotations

import ast
import sys
from typing import Final

from .imports import ImportMap
from .syntax import FunctionNode

#: Compound statements -> the fields holding statements that run at the same level.
_BODIES: dict[type[ast.AST], tuple[str, ...]] = {
    ast.FunctionDef: ("body",),
    ast.AsyncFunctionDef: ("body",),
    ast.ClassDef: ("body",),
    ast.If: ("body", "orelse"),
    ast.For: ("body", "orelse"),
    ast.AsyncFor: ("body", "orelse"),
    ast.While: ("body", "orelse"),
    ast.With: ("body",),
    ast.AsyncWith: ("body",),
    ast.Try: ("body", "handlers", "orelse", "finalbody"),
    ast.ExceptHandler: ("body",),
    ast.Match: ("cases",),
    ast.match_case: ("body",),
}
if sys.version_info >= (3, 11):
    _BODIES[ast.TryStar] = _BODIES[ast.Try]


#: Compound statements whose body still runs when the module is imported (its top level).
_TOP_LEVEL: Final = frozenset({ast.If, ast.Try, ast.ExceptHandler})
#: Bodies the index reads in source order (the others last statement first): imports are
#: read here in the index's order, so that a name imported twice means what it always did.
_IN_ORDER: Final = frozenset({ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef})


class Prescan:
    def __init__(self) -> None:
        #: every import of the module: the one import pass (the index shares it)
        self.imports = ImportMap()
        self.functions: list[FunctionNode] = []
        self.classes: list[ast.ClassDef] = []
        #: ``Base = BaseHTTPMiddleware``: names bound to another name, anywhere
        self.aliases: dict[str, list[ast.expr]] = {}
        #: methods called as statements (``settings.configure(...)``), anywhere
        self.statement_calls: set[str] = set()


def prescan(tree: ast.Module) -> Prescan:
    """Imports, defs, classes and name aliases, from statements only (iteratively)."""
    found = Prescan()
    imports = found.imports
    todo: list[ast.AST | None] = list(tree.body)
    nested = 0  # how many bodies below the top level the statements popped next are
    while todo:
        node = todo.pop()
        if node is None:  # the end of a nested body
            nested -= 1
            continue
        kind = type(node)
        if kind is ast.Import or kind is ast.ImportFrom:
            imports.add(node, top_level=not nested)  # type: ignore[arg-type]
            continue
        if kind is ast.FunctionDef or kind is ast.AsyncFunctionDef:
            found.functions.append(node)  # type: ignore[arg-type]
        elif kind is ast.ClassDef:
            found.classes.append(node)  # type: ignore[arg-type]
        elif kind is ast.Assign:
            assign: ast.Assign = node  # type: ignore[assignment]
            target = assign.targets[0]
            if (
                isinstance(assign.value, (ast.Name, ast.Attribute))
                and len(assign.targets) == 1
                and isinstance(target, ast.Name)
            ):
                found.aliases.setdefault(target.id, []).append(assign.value)
            continue
        elif kind is ast.Expr:
            value = node.value  # type: ignore[attr-defined]
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
                found.statement_calls.add(value.func.attr)
            continue
        fields = _BODIES.get(kind)
        if fields is not None:
            if kind not in _TOP_LEVEL:
                todo.append(None)
                nested += 1
            for name in fields:
                body = getattr(node, name)
                todo.extend(reversed(body) if kind in _IN_ORDER else body)
    return found
