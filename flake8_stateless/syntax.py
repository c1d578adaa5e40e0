"""Small pure helpers over expression shapes, all iterative (no recursion over input)."""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def name_chain(node: ast.expr) -> tuple[str, list[str]] | None:
    """The root name of a Name/Attribute chain and the attributes after it, in order
    (``a.b.c`` gives ``("a", ["b", "c"])``), else None."""
    attributes: list[str] = []
    while isinstance(node, ast.Attribute):
        attributes.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    attributes.reverse()
    return node.id, attributes


def dotted(node: ast.expr) -> str | None:
    """The source text of a Name/Attribute chain (``a.b.c``), else None."""
    chain = name_chain(node)
    return None if chain is None else ".".join([chain[0], *chain[1]])


def chain_text(node: ast.expr, strict: bool = False) -> str | None:
    """The source of a ``name.attr[key]`` chain, built iteratively (no recursion).

    Keys other than constants and names are ``...``; with ``strict`` they make it ``None``.
    """
    parts: list[str] = []
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        if isinstance(node, ast.Attribute):
            parts.append(f".{node.attr}")
        elif isinstance(node.slice, ast.Constant):
            parts.append(f"[{node.slice.value!r}]")
        elif isinstance(node.slice, ast.Name):
            parts.append(f"[{node.slice.id}]")
        elif strict:
            return None
        else:
            parts.append("[...]")
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    elif strict:
        return None
    else:
        parts.append("...")
    return "".join(reversed(parts))


def flatten_targets(targets: Sequence[ast.expr]) -> Iterator[ast.expr]:
    """Targets with tuple and list unpacking opened, iteratively."""
    todo = list(reversed(targets))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Tuple, ast.List)):
            todo.extend(reversed(node.elts))
        elif isinstance(node, ast.Starred):
            todo.append(node.value)
        else:
            yield node


def written_targets(node: ast.AST) -> list[ast.expr]:
    """What an assignment, augmented assignment or ``del`` writes, unpacking opened.

    An annotation without a value (``x: int``) writes nothing.
    """
    if isinstance(node, (ast.Assign, ast.Delete)):
        targets: Sequence[ast.expr] = node.targets
    elif (
        isinstance(node, ast.AugAssign)
        or (isinstance(node, ast.AnnAssign) and node.value is not None)
        or isinstance(node, ast.NamedExpr)
    ):
        targets = [node.target]
    else:
        return []
    return list(flatten_targets(targets))


def constant_str(node: ast.expr | None) -> str | None:
    """The value of a string literal, else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def keyword_value(call: ast.Call, name: str) -> ast.expr | None:
    """The expression a call passes as keyword ``name``, if any."""
    return next((k.value for k in call.keywords if k.arg == name), None)


def module_level_statements(body: Sequence[ast.stmt]) -> Iterator[ast.stmt]:
    """The statements that run at import time: the body, and the branches of its ``if`` and
    ``try`` statements (imports and definitions often sit under them), in no fixed order."""
    todo = list(body)
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, (ast.If, ast.Try)):
            todo.extend(node.body)
            todo.extend(node.orelse)
            if isinstance(node, ast.Try):
                for handler in node.handlers:
                    todo.extend(handler.body)
                todo.extend(node.finalbody)
