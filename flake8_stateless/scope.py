"""Which functions are request scope: code the framework runs once per request or tool call.

Entry points come from the framework tables (decorators, registering calls,
handler classes, module conventions) and from the user's decorators; request
scope then spreads to same-module functions they call or hand on, transitively.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from typing import Final, NamedTuple

from .config import Config
from .entries import entry_rows, may_be_entry, named_entries
from .frameworks import (
    FALLBACK_OBJECT_NAMES,
    FRAMEWORKS,
    AppObject,
    Arg,
    Framework,
    GlobSet,
    HandlerCall,
    HandlerClass,
    Lifetime,
    shaped_frameworks,
)
from .model import FunctionNode, ModuleIndex, Scope
from .prescan import Prescan
from .semantic.classes import class_chain, methods
from .semantic.functions import Kind, bound_parameter, call_parameters, kind
from .syntax import dotted
from .testcode import in_spans, test_code_spans

_PACKAGES: Final = frozenset(p for fw in FRAMEWORKS for p in fw.packages)
_FUNCTOOLS_PARTIAL: Final = frozenset({"functools.partial", "functools.partialmethod"})


class Reach(NamedTuple):
    """Why a function is request scope: the handler it serves, and the helper path."""

    handler: str
    via: str | None = None  # the function that called or handed it on

    def describe(self, name: str) -> str:
        if self.via is None:
            return f"handler '{name}'"
        return f"'{name}' (reached from handler '{self.handler}')"


class _Tables:
    """The framework tables that apply to one file, flattened for lookups."""

    def __init__(self, frameworks: tuple[Framework, ...]) -> None:
        self.frameworks = frameworks
        self.constructors: dict[str, AppObject] = {}
        self.decorators = GlobSet(())
        #: decorators that make handler decorators (Powertools' ``lambda_handler_decorator``)
        self.decorator_factories = GlobSet(())
        self.calls: list[tuple[GlobSet, HandlerCall]] = []
        self._registering: dict[str, tuple[HandlerCall, ...]] = {}

    @classmethod
    @lru_cache(maxsize=64)
    def build(cls, frameworks: tuple[Framework, ...], user_decorators: tuple[str, ...]) -> _Tables:
        """The tables for one combination of frameworks (cached: files share combinations)."""
        tables = cls(frameworks)
        for fw in frameworks:
            for obj in fw.objects:
                for constructor in obj.constructors:
                    tables.constructors[constructor] = obj
            tables.calls.extend((GlobSet(call.callees), call) for call in fw.calls)
        patterns = [p for fw in frameworks for p in fw.decorators]
        tables.decorators = GlobSet([*patterns, *user_decorators])
        tables.decorator_factories = GlobSet(p for fw in frameworks for p in fw.decorator_factories)
        return tables

    def registering_calls(self, qualified: str) -> tuple[HandlerCall, ...]:
        """The rows that make a call of ``qualified`` register handlers (``Depends(fn)``,
        ``path("", view)``)."""
        found = self._registering.get(qualified)
        if found is None:
            found = tuple(call for callees, call in self.calls if qualified in callees)
            self._registering[qualified] = found  # the tables live per run: few names recur
        return found

    @cached_property
    def fallback_objects(self) -> tuple[AppObject, ...]:
        return tuple(obj for fw in self.frameworks for obj in fw.objects)

    @cached_property
    def object_decorators(self) -> frozenset[str]:
        """Every ``@obj.<name>`` that marks a handler on some object of these frameworks."""
        return frozenset(d for obj in self.fallback_objects for d in obj.decorators)

    @cached_property
    def registrar_names(self) -> frozenset[str]:
        """Every method that registers a handler on some object (``add_url_rule``), through
        the objects' attributes (aiohttp ``app.router``) too."""
        names: set[str] = set()
        todo = list(self.fallback_objects)
        seen: set[int] = set()
        while todo:
            obj = todo.pop()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            names.update(obj.registrars)
            todo.extend(obj.attributes.values())
        return frozenset(names)

    @cached_property
    def _callee_names(self) -> tuple[frozenset[str], bool]:
        """The last names of the registering callees (``Depends``, ``path``), and whether a
        pattern leaves the last name open (``litestar.handlers.*``)."""
        callees = [q for fw in self.frameworks for call in fw.calls for q in call.callees]
        last = [q.rpartition(".")[2] for q in callees]
        return frozenset(last), any(c in name for name in last for c in "*?[")

    def callee_may_be(self, name: str) -> bool:
        """Whether a call whose last name is ``name`` may be a registering callee."""
        names, open_ended = self._callee_names
        return open_ended or name in names

    @cached_property
    def registering_imports(self) -> GlobSet:
        """Imports that make registering calls possible: an object's constructor, a
        registering callee (``Route``, ``Depends``, ``path``), or the module holding one."""
        names: set[str] = set(self.constructors)
        for fw in self.frameworks:
            for call in fw.calls:
                names.update(call.callees)
        prefixes = {name.rpartition(".")[0] for name in names if "." in name}
        return GlobSet([*names, *prefixes])

    @cached_property
    def class_rows(self) -> tuple[HandlerClass, ...]:
        return tuple(row for fw in self.frameworks for row in fw.classes)


def frameworks_in(index: ModuleIndex) -> tuple[Framework, ...]:
    """The frameworks this file imports (the cheap gate before any analysis), and those it
    uses by shape alone (a Django middleware in a module that imports no django)."""
    packages = index.imports.packages
    imported = tuple(fw for fw in FRAMEWORKS if fw.packages & packages)
    shaped = shaped_frameworks(index.module.node.body)
    return imported + tuple(fw for fw in shaped if fw not in imported)


def imports_framework(packages: Iterable[str]) -> bool:
    return not _PACKAGES.isdisjoint(packages)


def _from_framework(qualified: str) -> bool:
    """Whether an import names something of a framework's own package (``from django.db
    import router``): the tables know those, so the name fallback is not for them."""
    return qualified.partition(".")[0] in _PACKAGES


def could_have_request_scope(pre: Prescan, filename: str, config: Config) -> bool:
    """Whether any request-scope entry point is possible, from statements alone.

    A superset of what :class:`RequestScope` finds (tested on every data file): a file
    for which this is false has no request scope, so the full index is not built.
    """
    packages = pre.imports.packages
    frameworks = tuple(fw for fw in FRAMEWORKS if fw.packages & packages)
    shaped = shaped_frameworks([*pre.classes, *pre.functions])
    frameworks += tuple(fw for fw in shaped if fw not in frameworks)
    if may_be_entry(pre.functions, frameworks, pre.imports, filename, config.entry_points):
        return True  # def lambda_handler(event, context), --stateless-entry-points
    if not frameworks and not config.handler_decorators:
        return False
    tables = _Tables.build(frameworks, config.handler_decorators)
    imports = pre.imports
    for local, qualified in imports.names.items():
        if qualified in tables.registering_imports or (
            local in FALLBACK_OBJECT_NAMES and not _from_framework(qualified)
        ):
            return True
    # A module named by a convention (Django's views.py, ...): any function with a parameter.
    by_convention = any(c.names(filename) for fw in frameworks for c in fw.modules)
    # A middleware factory's first parameter: ``def mw(get_response)``.
    factory_params = {fw.middleware_factory_param for fw in frameworks} - {None}
    user = GlobSet(config.handler_decorators) if config.handler_decorators else None
    for function in pre.functions:
        for decorator in function.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if isinstance(target, ast.Attribute) and target.attr in tables.object_decorators:
                return True
            if isinstance(target, (ast.Name, ast.Attribute)) and (
                imports.resolve(target) in tables.decorators
                or (user is not None and dotted(target) in user)
            ):
                return True
        arguments = function.args
        params = arguments.posonlyargs or arguments.args or arguments.kwonlyargs
        if not params:
            continue
        if by_convention or params[0].arg in factory_params:
            return True
        for param in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs):
            if param.arg in FALLBACK_OBJECT_NAMES:
                return True  # def init_app(app): app.add_url_rule(...)
    for cls in pre.classes:
        methods = {
            s.name: s for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
        }
        init = methods.get("__init__")
        init_params = {a.arg for a in init.args.args[1:2]} if init is not None else set()
        for row in tables.class_rows:
            if row.method_regex is not None and any(map(row.method_regex.fullmatch, methods)):
                return True
            if row.init_param is not None and row.init_param in init_params:
                return True
        for base in cls.bases:
            base_name = imports.resolve(base)
            if base_name is None and isinstance(base, ast.Name) and base.id in pre.aliases:
                base_name = imports.resolve(pre.aliases[base.id])
            if base_name is not None and any(
                base_name in row.base_patterns for row in tables.class_rows
            ):
                return True
    return False


class RequestScope:
    """The request-scope functions of one module, each with the reason it is one."""

    def __init__(self, index: ModuleIndex, config: Config) -> None:
        self.index = index
        self.frameworks = frameworks_in(index)
        self.tables = _Tables.build(self.frameworks, config.handler_decorators)
        self.user_decorators = GlobSet(config.handler_decorators)
        self.reach: dict[FunctionNode, Reach] = {}
        #: handler classes found in the module -> the table row that made them one
        self.handler_classes: dict[ast.ClassDef, HandlerClass] = {}
        #: classes whose instance is registered as a handler (``add_get("/p", obj.handle)``,
        #: ``add_api_route("/x", Handler())``): one instance serves every request
        self.registered_classes: set[ast.ClassDef] = set()
        self._queue: list[FunctionNode] = []
        #: line spans of the module's test functions, fixtures and test classes: never
        #: request scope, nor anything defined in them (see :mod:`.testcode`)
        self.test_spans: list[tuple[int, int]] = []
        #: function -> the same-module functions it calls or hands on (see _onward_targets)
        self._onward: dict[FunctionNode, list[FunctionNode]] = {}
        #: (binding scope, name) -> the framework objects the name is there
        self._named: dict[tuple[Scope | None, str], tuple[AppObject, ...]] = {}
        #: local names of registering callees imported under another name (``as D``)
        self._callee_aliases = frozenset(
            local
            for local, qualified in index.imports.names.items()
            if local != qualified.rpartition(".")[2] and self.tables.registering_calls(qualified)
        )
        #: handlers by their name and parameters, or named by the user (see :mod:`.entries`)
        self._named_entries = list(
            named_entries(index, entry_rows(self.frameworks), config.entry_points)
        )
        if self.frameworks or self.user_decorators or self._named_entries:
            self._find_entries()
            self._leave_out_test_code()
            self._spread()
        else:
            self.test_spans = test_code_spans(index, ())
            # Rules walk these functions again and again: in source order, their nodes are
            # read in the order the parser made them, which keeps large modules cache-friendly.
            self.reach = dict(sorted(self.reach.items(), key=_source_order))

    # -- public ---------------------------------------------------------------

    def functions(self) -> Iterator[tuple[Scope, Reach]]:
        for node, reach in self.reach.items():
            yield self.index.scopes[node], reach

    def where(self, node: FunctionNode) -> str:
        return self.reach[node].describe(self.qualified_name(node))

    def objects(self, expr: ast.expr, scope: Scope) -> tuple[AppObject, ...]:
        """The framework objects ``expr`` may be (``app``, ``app.router``) seen from ``scope``."""
        return self._objects(expr, scope)

    def class_chain(self, cls: ast.ClassDef) -> Iterator[ast.ClassDef]:
        """``cls`` and its same-module bases, subclass first."""
        return self._class_chain(cls)

    def class_methods(self, cls: ast.ClassDef) -> Iterator[FunctionNode]:
        """Methods of ``cls`` and of its same-module bases (subclass first, overrides win)."""
        return self._methods(cls)

    def qualified_name(self, node: FunctionNode) -> str:
        owner = self.index.defined_in[node]
        if owner.is_class:
            return f"{owner.node.name}.{node.name}"  # type: ignore[union-attr]
        return node.name

    # -- entry points -----------------------------------------------------------

    def _mark(self, node: FunctionNode, reach: Reach | None = None) -> None:
        if node not in self.reach and not in_spans(node.lineno, self.test_spans):
            self.reach[node] = reach or Reach(self.qualified_name(node))
            self._queue.append(node)

    def _find_entries(self) -> None:
        index = self.index
        for entry in self._named_entries:
            self._mark(entry)
        for scope in index.functions():
            node: FunctionNode = scope.node  # type: ignore[assignment]
            owner = index.defined_in[node]
            if any(self._is_handler_decorator(d, owner) for d in node.decorator_list):
                self._mark(node)
        for scope in (index.module, *index.scopes.values()):
            calls = scope.of(ast.Call)
            for call in calls:
                self._registered_by_call(call, scope)
            if calls and scope.node in self.reach:
                # A handler known already (decorated, or registered by a call read before):
                # where it spreads is read now, while its calls are in the CPU's caches. Other
                # functions' only once they turn out to be request scope (most functions of a
                # framework's own modules never are).
                self._onward[scope.node] = self._onward_targets(scope)
        for scope in index.classes():
            self._handler_class(scope)
        self._module_conventions()
        self._middleware_factories()

    def _leave_out_test_code(self) -> None:
        """Drop the entries found inside test functions (an app a test builds, its routes):
        the test functions themselves stay out unless registered as handlers."""
        self.test_spans = test_code_spans(self.index, {*self.reach, *self.handler_classes})
        if not self.test_spans:
            return
        spans = self.test_spans
        self.reach = {n: r for n, r in self.reach.items() if not in_spans(n.lineno, spans)}
        self._queue = [n for n in self._queue if n in self.reach]

    def _is_handler_decorator(self, decorator: ast.expr, scope: Scope) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        # A call of a call (``@app.get("/")("x")``) or other odd shapes: skip quietly.
        if not isinstance(target, (ast.Name, ast.Attribute)):
            return False
        qualified = self.index.imports.resolve(target)
        if qualified is not None and qualified in self.tables.decorators:
            return True
        if self.user_decorators and dotted(target) in self.user_decorators:
            return True
        if isinstance(target, ast.Name) and qualified is None:
            target = self._bound_method(target.id, scope) or target  # get = app.router.get
        if isinstance(target, ast.Attribute):
            return any(target.attr in obj.decorators for obj in self._objects(target.value, scope))
        return bool(self.tables.decorator_factories) and self._made_by_factory(target, scope)

    def _made_by_factory(self, target: ast.Name, scope: Scope) -> bool:
        """``@log_event`` where ``log_event`` is a same-module function decorated with
        ``@lambda_handler_decorator``: a handler decorator the module made."""
        made = self.index.function_named(scope, target.id)
        return made is not None and any(
            self.index.imports.resolve(d.func if isinstance(d, ast.Call) else d)
            in self.tables.decorator_factories
            for d in made.decorator_list
            if isinstance(d.func if isinstance(d, ast.Call) else d, (ast.Name, ast.Attribute))
        )

    def _bound_method(self, name: str, scope: Scope) -> ast.Attribute | None:
        """The one ``obj.method`` a name is bound to (``get = app.router.get``), if any."""
        owner = self.index.lookup(scope, name)
        values = owner.values.get(name, ()) if owner is not None else ()
        if len(values) == 1 and isinstance(values[0], ast.Attribute):
            return values[0]
        return None

    def _objects(self, expr: ast.expr, scope: Scope) -> tuple[AppObject, ...]:
        """The framework objects ``expr`` may be: resolved through bindings and imports."""
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
            if imported is None or not _from_framework(imported):
                return self.tables.fallback_objects
        return ()

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
            for obj in self._objects(target.value, owner):
                made = obj.decorated.get(target.attr)
                if made is not None:
                    found.append(made)
        return tuple(found)

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

    def _made_by(self, expr: ast.expr, owner: Scope) -> tuple[AppObject, ...]:
        callee = expr.func if isinstance(expr, ast.Call) else expr
        if isinstance(callee, ast.Subscript):  # Annotated[FastAPI, ...], Optional[...]
            callee = callee.value
        obj = self._constructor(callee)
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
                                self._constructor(value.func)
                                if isinstance(value, ast.Call)
                                else None
                            )
                            if made is not None:
                                found.append(made)
                return tuple(found)
        return ()

    def _constructor(self, callee: ast.expr) -> AppObject | None:
        """The framework object a call of ``callee`` makes (``FastAPI``, ``f.APIRouter``)."""
        qualified = self.index.imports.resolve(callee)
        return None if qualified is None else self.tables.constructors.get(qualified)

    def _registered_by_call(self, call: ast.Call, scope: Scope) -> None:
        func = call.func
        tables = self.tables
        args: tuple[Arg, ...] = ()
        # Most calls register nothing: their last name alone says so, without resolving.
        if isinstance(func, ast.Attribute):
            name = func.attr
            if name in tables.registrar_names:
                for obj in self._objects(func.value, scope):
                    args += obj.registrars.get(name, ())
        elif isinstance(func, ast.Name):
            name = func.id
        else:
            return
        if tables.callee_may_be(name) or name in self._callee_aliases:
            qualified = self.index.imports.resolve(func)
            if qualified is not None:
                for registering in tables.registering_calls(qualified):
                    if registering.instances is None:
                        args += registering.args
                    else:
                        self._registered_instances(call, scope, registering)
        for arg in args:
            for expr in _arguments(call, arg):
                self._mark_handler_expr(expr, scope, None)

    def _registered_instances(self, call: ast.Call, scope: Scope, registering: HandlerCall) -> None:
        """``add_GreeterServicer_to_server(Greeter(), server)``, ``Server([Greeter()])``: the
        classes of the instances given are handler classes of the row."""
        row: HandlerClass = registering.instances  # type: ignore[assignment]
        for arg in registering.args:
            for expr in _arguments(call, arg):
                elements = expr.elts if isinstance(expr, (ast.List, ast.Tuple)) else [expr]
                for element in elements:
                    cls = self._class_of_instance(element, scope)
                    if cls is not None and cls not in self.handler_classes:
                        self.handler_classes[cls] = row
                        self._mark_class_methods(cls, row)

    def _class_of_instance(self, expr: ast.expr, scope: Scope) -> ast.ClassDef | None:
        """The same-module class ``expr`` makes (``Greeter()``) or names an instance of."""
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name):
            return self.index.class_named(scope, expr.func.id)
        if isinstance(expr, ast.Name):
            return self._instance_class(scope, expr.id)
        return None

    def _mark_handler_expr(self, expr: ast.expr, scope: Scope, reach: Reach | None) -> None:
        """Mark what a registering call (``reach`` None) or a handed-on argument names as
        request scope."""
        for function in self._named_functions(expr, scope, registered=reach is None):
            self._mark(function, reach)

    def _named_functions(
        self, expr: ast.expr, scope: Scope, registered: bool
    ) -> Iterator[FunctionNode]:
        """The functions ``expr`` names as a registered endpoint (``registered``: the classes
        whose instances it registers are noted) or as an argument handed on."""
        if isinstance(expr, (ast.List, ast.Tuple)):  # after_exception=[hook, ...]
            for element in expr.elts:
                if not isinstance(element, (ast.List, ast.Tuple)):  # one level: no recursion
                    yield from self._named_functions(element, scope, registered)
        elif isinstance(expr, ast.Name):
            function = self.index.function_named(scope, expr.id)
            if function is not None:
                yield function
            elif registered:
                # An instance registered as the endpoint: ``checker = Checker(); Depends(checker)``.
                cls = self._instance_class(scope, expr.id)
                if cls is not None:
                    self.registered_classes.add(cls)
                    yield from self._methods_named(cls, "__call__")
        elif isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            # A bound method of a module object: ``add_get("/p", handler.get)``.
            cls = self._instance_class(scope, expr.value.id)
            if cls is not None:
                if registered:
                    self.registered_classes.add(cls)
                yield from self._methods_named(cls, expr.attr)
        elif isinstance(expr, ast.Call):
            func = expr.func
            if isinstance(func, ast.Name):
                cls = self.index.class_named(scope, func.id)
                if cls is not None:  # an instance registered as the endpoint: its __call__
                    if registered:
                        self.registered_classes.add(cls)
                    yield from self._methods_named(cls, "__call__")
                    return
            if self.index.imports.resolve(func) in _FUNCTOOLS_PARTIAL and expr.args:
                inner = expr.args[0]
                if isinstance(inner, (ast.Name, ast.Attribute)):  # partial(fn, ...): no recursion
                    yield from self._named_functions(inner, scope, registered)

    def _instance_class(self, scope: Scope, name: str) -> ast.ClassDef | None:
        owner = self.index.lookup(scope, name)
        if owner is None:
            return None
        values = owner.values.get(name, ())
        if len(values) != 1 or not isinstance(values[0], ast.Call):
            return None
        func = values[0].func
        return self.index.class_named(owner, func.id) if isinstance(func, ast.Name) else None

    def _methods_named(self, cls: ast.ClassDef, name: str) -> Iterator[FunctionNode]:
        return (method for method in self._methods(cls) if method.name == name)

    def _methods(self, cls: ast.ClassDef) -> Iterator[FunctionNode]:
        """Methods of ``cls`` and of its same-module bases (subclass first)."""
        return iter(methods(self.index, cls).values())

    def _class_chain(self, cls: ast.ClassDef) -> Iterator[ast.ClassDef]:
        return class_chain(self.index, cls)

    def _base_names(self, cls: ast.ClassDef) -> set[str]:
        """Qualified names of every imported base, through same-module subclassing."""
        names: set[str] = set()
        for klass in self._class_chain(cls):
            for base in klass.bases:
                qualified = self.index.imports.resolve(base)
                if qualified is None and isinstance(base, ast.Name):
                    qualified = self._aliased_base(self.index.defined_in[klass], base.id)
                if qualified is not None:
                    names.add(qualified)
        return names

    def _aliased_base(self, scope: Scope, name: str) -> str | None:
        """``Base = BaseHTTPMiddleware`` then ``class M(Base)``: the imported class aliased."""
        owner = self.index.lookup(scope, name)
        values = owner.values.get(name, ()) if owner is not None else ()
        if len(values) != 1 or not isinstance(values[0], (ast.Name, ast.Attribute)):
            return None
        return self.index.imports.resolve(values[0])

    def _handler_class(self, scope: Scope) -> None:
        cls: ast.ClassDef = scope.node  # type: ignore[assignment]
        bases = self._base_names(cls)
        for fw in self.frameworks:
            for row in fw.classes:
                if self._class_matches(cls, row, bases):
                    self.handler_classes.setdefault(cls, row)
                    self._mark_class_methods(cls, row)
                    self._mark_hook_attributes(cls, row)

    def _class_matches(self, cls: ast.ClassDef, row: HandlerClass, bases: set[str]) -> bool:
        if row.bases:
            return any(base in row.base_patterns for base in bases)
        methods = {m.name: m for m in self._methods(cls)}
        if row.init_param is not None:
            init = methods.get("__init__")
            return init is not None and any(a.arg == row.init_param for a in init.args.args[1:2])
        if row.method_regex is not None:
            return any(row.method_regex.fullmatch(name) for name in methods)
        return False

    def _mark_class_methods(self, cls: ast.ClassDef, row: HandlerClass) -> None:
        pattern = row.method_regex
        signature = row.signature_regex
        for method in self._methods(cls):
            if row.async_only and not isinstance(method, ast.AsyncFunctionDef):
                continue
            scope = self.index.scopes[method]
            if row.methods is None and pattern is None:
                if signature is not None or row.async_only:
                    if _serves_calls(scope, signature):
                        self._mark(method)
                elif row.lifetime is Lifetime.REQUEST and kind(scope) is Kind.INSTANCE:
                    self._mark(method)
            elif (row.methods is not None and method.name in row.methods) or (
                pattern is not None and pattern.fullmatch(method.name)
            ):
                if row.unbound:
                    scope.unbound = True
                self._mark(method)

    def _mark_hook_attributes(self, cls: ast.ClassDef, row: HandlerClass) -> None:
        if not row.hook_attributes:
            return
        owner = self.index.defined_in[cls]
        for stmt in cls.body:
            if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in row.hook_attributes for t in stmt.targets
            ):
                self._mark_handler_expr(stmt.value, owner, None)

    def _module_conventions(self) -> None:
        for fw in self.frameworks:
            for convention in fw.modules:
                if not convention.names(self.index.filename):
                    continue
                for name, node in self.index.module.functions.items():
                    params = node.args.posonlyargs + node.args.args
                    if (
                        params
                        and params[0].arg == convention.first_param
                        and (not convention.async_only or isinstance(node, ast.AsyncFunctionDef))
                        and not name.startswith("_")
                    ):
                        self._mark(node)

    def _middleware_factories(self) -> None:
        """``def mw(get_response): def middleware(request): ...; return middleware``."""
        params = {fw.middleware_factory_param for fw in self.frameworks} - {None}
        for name, node in self.index.module.functions.items():
            args = node.args.args
            if len(args) != 1 or args[0].arg not in params:
                continue
            inner = self.index.scopes[node]
            for ret in inner.of(ast.Return):
                if isinstance(ret.value, ast.Name) and ret.value.id in inner.functions:
                    self._mark(inner.functions[ret.value.id], Reach(name))

    # -- spreading to same-module helpers ---------------------------------------

    def _onward_targets(self, scope: Scope) -> list[FunctionNode]:
        """Same-module functions a function calls or hands on, in the order of its calls:
        where request scope spreads."""
        index = self.index
        calls = scope.of(ast.Call)
        node: FunctionNode = scope.node  # type: ignore[assignment]
        owner = index.defined_in[node]
        bound = bound_parameter(scope) if owner.is_class else None  # self.helper()
        targets: list[FunctionNode] = []
        for call in calls:
            func = call.func
            if isinstance(func, ast.Name):
                target = index.function_named(scope, func.id)
                if target is not None:
                    targets.append(target)
            elif (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == bound
                and owner.is_class
            ):
                targets.extend(self._methods_named(owner.node, func.attr))  # type: ignore[arg-type]
            # Functions handed on: create_task(helper()), add_task(fn), submit(fn).
            for arg in (*call.args, *(k.value for k in call.keywords)):
                kind = type(arg)
                if kind is ast.Name:  # the most frequent argument, answered here
                    target = index.function_named(scope, arg.id)  # type: ignore[attr-defined]
                    if target is not None:
                        targets.append(target)
                elif kind is not ast.Constant:
                    targets.extend(self._named_functions(arg, scope, registered=False))
        return targets

    def _spread(self) -> None:
        while self._queue:
            node = self._queue.pop()
            reach = self.reach[node]
            onward = Reach(reach.handler, node.name)
            targets = self._onward.get(node)
            if targets is None:
                targets = self._onward_targets(self.index.scopes[node])
            for target in targets:
                self._mark(target, onward)


def _serves_calls(scope: Scope, signature: re.Pattern[str] | None) -> bool:
    """A public instance method whose parameters after ``self`` match ``signature``: an RPC of
    a gRPC servicer (``SayHello(self, request, context)``), not its helpers or set-up."""
    node: FunctionNode = scope.node  # type: ignore[assignment]
    if node.name.startswith("_") or kind(scope) is not Kind.INSTANCE:
        return False
    if signature is None:
        return True
    params = ", ".join(arg.arg for arg in call_parameters(scope))
    return signature.fullmatch(params) is not None


def _source_order(item: tuple[FunctionNode, Reach]) -> tuple[int, int]:
    return item[0].lineno, item[0].col_offset


def _arguments(call: ast.Call, arg: Arg) -> Iterator[ast.expr]:
    """The expressions a call passes at ``arg``'s position or keyword."""
    if arg.position is not None and len(call.args) > arg.position:
        value = call.args[arg.position]
        if not isinstance(value, ast.Starred):
            yield value
    if arg.keyword is not None:
        if arg.keyword.endswith("*"):
            prefix = arg.keyword[:-1]
            yield from (k.value for k in call.keywords if k.arg and k.arg.startswith(prefix))
        else:
            yield from (k.value for k in call.keywords if k.arg == arg.keyword)
