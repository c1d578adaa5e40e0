"""What more than one opt-in rule uses: how a callee reads in a message, a class's imported
bases, and the request object (each framework's ``requests`` record)."""

from __future__ import annotations

import ast
from collections.abc import Set
from typing import Final

from ...context import Context
from ...frameworks import every
from ...semantic.classes import class_chain
from ...syntax import dotted

FUNCTION_TYPES: Final = (ast.FunctionDef, ast.AsyncFunctionDef)
#: Parameter names of the request object (``request.session``), the handler-class attributes
#: that hold it (``self.request``), and its own stores (Sanic ``request.ctx.session``).
REQUEST_PARAMS: Final = every(lambda fw: fw.requests.params)
_SELF_REQUEST: Final = every(lambda fw: fw.requests.self_attributes)
_REQUEST_STORES: Final = every(lambda fw: fw.requests.stores)


def callee(func: ast.expr) -> str:
    """How a callee reads in a message: ``executor.submit``, ``IOLoop.current().spawn_callback``."""
    text = dotted(func)
    if text is not None:
        return text
    if isinstance(func, ast.Attribute):
        receiver = func.value
        if isinstance(receiver, ast.Call):
            return f"{dotted(receiver.func) or '...'}(...).{func.attr}"
        return func.attr
    return "..."


def base_names(ctx: Context, cls: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for klass in class_chain(ctx.index, cls):
        for base in klass.bases:
            qualified = ctx.index.imports.resolve(base)
            if qualified is not None:
                names.add(qualified)
    return names


def is_request(node: ast.expr, params: Set[str]) -> bool:
    """A request parameter, ``self.request`` (Django/DRF views), or its ``.ctx`` (Sanic)."""
    if isinstance(node, ast.Attribute) and node.attr in _REQUEST_STORES:
        node = node.value
    if isinstance(node, ast.Name):
        return node.id in params
    return (
        isinstance(node, ast.Attribute)
        and node.attr in _SELF_REQUEST
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )
