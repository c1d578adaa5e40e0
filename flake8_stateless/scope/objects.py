"""What an object is: which framework objects (an app, a router, an MCP server) an
expression may be, through the module's bindings, factories, imports and aliases."""

from __future__ import annotations

import ast
from typing import Final, NamedTuple

from ..frameworks import FALLBACK_OBJECT_NAMES, FRAMEWORKS, AppObject
from ..imports import ImportMap
from ..model import FunctionNode, ModuleIndex, Scope
from ..prescan import Prescan
from ..project import find_module, in_project, module_summary
from .tables import Tables, from_framework

#: Every framework object's constructors, handler decorators and registering methods.
_CONSTRUCTORS: Final = frozenset(c for fw in FRAMEWORKS for o in fw.objects for c in o.constructors)
_USED_AS_OBJECT: Final = frozenset(
    name for fw in FRAMEWORKS for o in fw.objects for name in (*o.decorators, *o.registrars)
)
_PACKAGE_OF: Final = {
    c: min(fw.packages) for fw in FRAMEWORKS for o in fw.objects for c in o.constructors
}


class _ProjectNames(NamedTuple):
    """What a module's top-level names are, for the modules that import them."""

    #: names bound once to a framework object -> its constructor
    objects: dict[str, str]
    #: framework classes re-exported (``from flask_restful import Resource``) or subclassed
    #: (``class BaseConsumer(AsyncWebsocketConsumer)``) -> the framework's qualified bases
    bases: dict[str, tuple[str, ...]]


def import_project_objects(pre: Prescan, filename: str) -> None:
    """Application objects and framework base classes imported from another module of the
    project, noted on the module's imports, with their frameworks' packages counted as
    imported: ``from .server import sio`` where server.py does ``sio =
    socketio.AsyncServer()`` (``project_objects``), ``from config import Resource`` where
    config.py does ``from flask_restful import Resource`` (``project_bases``). Only names
    used as an object (``@sio.on(...)``) or as a base are looked up, in the defining
    module's summary (read from disk once per process)."""
    imports = pre.imports
    used: set[str] = set()
    bases: set[str] = set()
    for function in pre.functions:
        for decorator in function.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if (
                isinstance(target, ast.Attribute)
                and target.attr in _USED_AS_OBJECT
                and isinstance(target.value, ast.Name)
            ):
                used.add(target.value.id)
    for cls in pre.classes:
        bases.update(base.id for base in cls.bases if isinstance(base, ast.Name))
    for name in sorted(used | bases):
        qualified = imports.names.get(name)
        if qualified is None or from_framework(qualified):
            continue  # the tables answer those
        module, _, attribute = qualified.rpartition(".")
        path = find_module(filename, module) if module.strip(".") else None
        if path is None or not in_project(filename, path):
            continue
        names = module_summary(path, _project_names)
        if names is None:
            continue
        constructor = names.objects.get(attribute)
        if name in used and constructor is not None and name not in FALLBACK_OBJECT_NAMES:
            imports.project_objects[name] = constructor
            _counts_as_imported(imports, _PACKAGE_OF[constructor])
        framework_bases = names.bases.get(attribute)
        if name in bases and framework_bases:
            imports.project_bases[name] = framework_bases
            for base in framework_bases:
                _counts_as_imported(imports, base.partition(".")[0])


def _counts_as_imported(imports: ImportMap, package: str) -> None:
    imports.packages.add(package)
    imports.top_level_packages.add(package)


def _project_names(index: ModuleIndex) -> _ProjectNames:
    module = index.module
    objects: dict[str, str] = {}
    for name, values in module.values.items():
        if len(values) == 1 and isinstance(values[0], ast.Call):
            qualified = index.imports.resolve(values[0].func)
            if qualified in _CONSTRUCTORS:
                objects[name] = qualified
    bases: dict[str, tuple[str, ...]] = {}
    for local, qualified in index.imports.names.items():
        if from_framework(qualified) and not any(module.values.get(local, ())):  # never rebound
            bases[local] = (qualified,)
    for name, cls in module.classes.items():
        found = [index.imports.resolve(base) for base in cls.bases]
        framework = tuple(q for q in found if q is not None and from_framework(q))
        if framework:
            bases[name] = framework
    return _ProjectNames(objects, bases)


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
            self._named[key] = ()  # while it is worked out: decorators naming each other
            found = self._named[key] = self._objects_bound_to(owner, expr.id)
        return found

    def _objects_bound_to(self, owner: Scope | None, name: str) -> tuple[AppObject, ...]:
        if owner is not None:
            found = self._bound_objects(owner, name)
            if found is not None:
                return found
        if owner is self.index.module and name in self.index.imports.project_objects:
            made = self.tables.constructors.get(self.index.imports.project_objects[name])
            return () if made is None else (made,)
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
        function = owner.functions.get(name)
        if function is not None and function.decorator_list:
            known.extend(self._decorated_objects(function, owner))
        annotation = owner.annotations.get(name)
        values = [v for v in owner.values.get(name, ()) if v is not None]
        for expr in [*values, annotation]:
            if expr is None:
                continue
            known.extend(self._made_by(expr, owner))
        if known or values:
            return tuple(known)
        return None

    def _decorated_objects(self, function: FunctionNode, owner: Scope) -> tuple[AppObject, ...]:
        """What ``function``'s decorators make of it (``AppObject.decorated``): Robyn's
        ``@app.websocket("/ws") async def chat(ws)`` makes an object with ``@chat.on_connect``."""
        found: list[AppObject] = []
        for decorator in function.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if not isinstance(target, ast.Attribute) or (
                isinstance(target.value, ast.Name) and target.value.id == function.name
            ):
                continue
            for obj in self.of(target.value, owner):
                made = obj.decorated.get(target.attr)
                if made is not None:
                    found.append(made)
        return tuple(found)

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
