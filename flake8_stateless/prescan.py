"""A statement-level look at a module, to skip files where no rule can fire.

Most files of a framework's own code base (or of a large service) import the
framework but define no handler. Walking only statements (imports, defs, classes,
their decorators and bases) costs a fraction of the full index, and tells whether
request scope is possible at all. It errs on the side of "possible": a file it lets
through gets the full analysis, so a finding is never lost to it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .imports import ImportMap
from .model import FunctionNode

#: Compound statements whose bodies hold statements that run at the same level.
_BODIES = ("body", "orelse", "finalbody", "handlers", "cases")


@dataclass
class Prescan:
    imports: ImportMap = field(default_factory=ImportMap)
    functions: list[FunctionNode] = field(default_factory=list)
    classes: list[ast.ClassDef] = field(default_factory=list)
    #: ``Base = BaseHTTPMiddleware``: names bound to another name, anywhere
    aliases: dict[str, ast.expr] = field(default_factory=dict)
    #: methods called as statements (``settings.configure(...)``), anywhere
    statement_calls: set[str] = field(default_factory=set)


def prescan(tree: ast.Module) -> Prescan:
    """Imports, defs, classes and name aliases, from statements only (iteratively)."""
    found = Prescan()
    todo: list[ast.AST] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.imports.add(node)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.functions.append(node)
        elif isinstance(node, ast.ClassDef):
            found.classes.append(node)
        elif (
            isinstance(node, ast.Assign)
            and isinstance(node.value, (ast.Name, ast.Attribute))
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
        ):
            found.aliases[node.targets[0].id] = node.value
            continue
        elif (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Attribute)
        ):
            found.statement_calls.add(node.value.func.attr)
            continue
        for name in _BODIES:
            inner = getattr(node, name, None)
            if inner:
                todo.extend(inner)
    return found
