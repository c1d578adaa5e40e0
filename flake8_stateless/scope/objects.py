"""What an object is: which framework objects (an app, a router, an MCP server) an
expression may be, through the module's bindings, factories, imports and aliases."""

from __future__ import annotations

import ast

from ..frameworks import FALLBACK_OBJECT_NAMES, AppObject
from ..model import ModuleIndex, Scope
from .tables import Tables, from_framework


class FrameworkObjects:
    """The framework objects of one module, each name answered once."""

    def __init__(self, index: ModuleIndex, tables: Tables) -> None:
        self.index = index
        self.tables = tables
        #: (binding scope, name) -> the framework objects the name is there
        self._named: dict[tuple[Scope | None, str], tuple[AppObject, ...]] = {}

    def of(self, expr: ast.expr, scope: Scope) -> tuple[AppObject, ...]:
        """The framework objects ``expr`` may be (``app``, ``app.router``) seen from ``scope``."""
        attributes: list[str] = []
        while isinstance(expr, ast.Attribute):  # app.router -> the router object
            attributes.append(expr.attr)
            expr = expr.value
        if not isinstance(expr, ast.Name):
            return ()
        objects = self._named_objects(expr, scope)
        for attribute in reversed(attributes):
            if not objects:
                break
            objects = tuple(o.attributes[attribute] for o in objects if attribute in o.attributes)
        return objects

    def constructor(self, callee: ast.expr) -> AppObject | None:
        """The framework object a call of ``callee`` makes (``FastAPI``, ``f.APIRouter``)."""
        qualified = self.index.imports.resolve(callee)
        return None if qualified is None else self.tables.constructors.get(qualified)

    def _named_objects(self, expr: ast.Name, scope: Scope) -> tuple[AppObject, ...]:
        owner = self.index.lookup(scope, expr.id)
        key = (owner, expr.id)
        found = self._named.get(key)
        if found is None:  # asked for every call on it (``db.query()``): answered once
            found = self._named[key] = self._objects_bound_to(owner, expr.id)
        return found

    def _objects_bound_to(self, owner: Scope | None, name: str) -> tuple[AppObject, ...]:
        if owner is not None:
            found = self._bound_objects(owner, name)
            if found is not None:
                return found
        if name in FALLBACK_OBJECT_NAMES:
            imported = self.index.imports.names.get(name) if owner is self.index.module else None
            if imported is None or not from_framework(imported):
                return self.tables.fallback_objects
        return ()

    def _bound_objects(self, owner: Scope, name: str) -> tuple[AppObject, ...] | None:
        """Objects this binding makes; ``None`` where the name is only imported (or a parameter).

        The name fallback is for objects that come from another module: a name bound
        here to anything else (``api = Dispatcher()``, a literal) is not a framework
        object, unless a same-module factory returns one (``app = create_app()``).
        """
        known: list[AppObject] = []
        annotation = owner.annotations.get(name)
        values = [v for v in owner.values.get(name, ()) if v is not None]
        for expr in [*values, annotation]:
            if expr is None:
                continue
            known.extend(self._made_by(expr, owner))
        if known or values:
            return tuple(known)
        return None

    def _made_by(self, expr: ast.expr, owner: Scope) -> tuple[AppObject, ...]:
        callee = expr.func if isinstance(expr, ast.Call) else expr
        if isinstance(callee, ast.Subscript):  # Annotated[FastAPI, ...], Optional[...]
            callee = callee.value
        obj = self.constructor(callee)
        if obj is not None:
            return (obj,)
        if isinstance(expr, ast.Call) and isinstance(callee, ast.Name):
            factory = self.index.function_named(owner, callee.id)
            if factory is not None:  # app = create_app(): what its returns are bound to
                inner = self.index.scopes[factory]
                found: list[AppObject] = []
                for ret in inner.of(ast.Return):
                    if isinstance(ret.value, ast.Name) and ret.value.id in inner.values:
                        for value in inner.values[ret.value.id]:
                            made = (
                                self.constructor(value.func)
                                if isinstance(value, ast.Call)
                                else None
                            )
                            if made is not None:
                                found.append(made)
                return tuple(found)
        return ()
