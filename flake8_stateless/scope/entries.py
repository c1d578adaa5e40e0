"""The kinds of request-scope entry points, one class each.

Each kind holds two tests side by side: ``possible``, from the module's statements alone
(:mod:`..prescan`, before any index is built: the cheap gate of the analysis), and
``find``, the exact one on the index. ``possible`` must be a superset of ``find``
(``tests/test_gate.py`` checks it on every data file): a module no kind is possible in is
never indexed for request scope.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Final, NamedTuple

from ..entries import entry_rows, may_be_entry, named_entries
from ..frameworks import (
    FALLBACK_OBJECT_NAMES,
    Arg,
    Framework,
    GlobSet,
    HandlerCall,
    HandlerClass,
    Lifetime,
)
from ..imports import ImportMap
from ..model import FunctionNode, ModuleIndex, Scope
from ..prescan import Prescan
from ..semantic.functions import Kind, call_parameters, kind
from ..syntax import dotted
from .reach import Reach
from .registrars import Registration
from .tables import Tables, from_framework

if TYPE_CHECKING:
    from . import RequestScope


class Look(NamedTuple):
    """What the gate sees of a module: its statements, before any index is built."""

    pre: Prescan
    filename: str
    tables: Tables
    #: the user's ``handler_decorators``, if any
    user: GlobSet | None
    #: top-level names other project modules register (see :mod:`.registrars`)
    elsewhere: Mapping[str, Registration]
    #: the user's ``--stateless-entry-points``
    entry_points: tuple[str, ...]


class EntryKind:
    """One way a function becomes request scope."""

    #: whether an entry of this kind needs a framework, the user's decorators or a
    #: registration elsewhere (without them, the gate asks only the kinds that do not)
    needs_framework: bool = True

    @staticmethod
    def possible(look: Look) -> bool:
        """Whether the statements allow an entry of this kind (a superset of :meth:`find`)."""
        raise NotImplementedError

    @staticmethod
    def find(found: RequestScope) -> None:
        """Mark the entries of this kind in ``found``."""
        raise NotImplementedError


def _parameters(function: FunctionNode) -> list[ast.arg]:
    arguments = function.args
    return [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]


def _first_named(function: FunctionNode) -> ast.arg | None:
    """The first named parameter (positional-only ones first), if any."""
    arguments = function.args
    params = arguments.posonlyargs or arguments.args or arguments.kwonlyargs
    return params[0] if params else None


# -- decorated functions --------------------------------------------------------


def _decorator_registers(
    decorator: ast.expr,
    imports: ImportMap,
    tables: Tables,
    user: GlobSet | None,
    on_object: Callable[[ast.Attribute], bool],
    by_name: Callable[[ast.Name, str | None], bool],
) -> bool:
    """Whether ``decorator`` makes a handler: a framework's decorator (``@shared_task``), the
    user's (``handler_decorators``), a handler decorator of an object (``@app.get``) as
    ``on_object`` tells, or a name that is one (``get = app.router.get; @get(...)``, a
    decorator made with a decorator factory) as ``by_name`` tells (given the name's
    qualified name, if imported)."""
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    # A call of a call (``@app.get("/")("x")``) or other odd shapes: skip quietly.
    if not isinstance(target, (ast.Name, ast.Attribute)):
        return False
    qualified = imports.resolve(target)
    if qualified is not None and qualified in tables.decorators:
        return True
    if user and dotted(target) in user:
        return True
    if isinstance(target, ast.Name):
        return by_name(target, qualified)
    return on_object(target)


def _decorator_target(decorator: ast.expr) -> ast.expr:
    return decorator.func if isinstance(decorator, ast.Call) else decorator


def _made_by_factory(function: FunctionNode | None, imports: ImportMap, factories: GlobSet) -> bool:
    """Whether ``function`` is decorated with a decorator factory (``@lambda_handler_decorator``
    from Powertools): what it makes is a handler decorator."""
    return function is not None and any(
        imports.resolve(target) in factories
        for target in map(_decorator_target, function.decorator_list)
        if isinstance(target, (ast.Name, ast.Attribute))
    )


def _bound_method(index: ModuleIndex, name: str, scope: Scope) -> ast.Attribute | None:
    """The one ``obj.method`` a name is bound to (``get = app.router.get``), if any."""
    owner = index.lookup(scope, name)
    values = owner.values.get(name, ()) if owner is not None else ()
    if len(values) == 1 and isinstance(values[0], ast.Attribute):
        return values[0]
    return None


class DecoratedFunctions(EntryKind):
    """``@app.get("/")``, ``@mcp.tool()``, ``@shared_task``, the user's decorators."""

    @staticmethod
    def possible(look: Look) -> bool:
        object_decorators = look.tables.object_decorators

        def on_any_object(target: ast.Attribute) -> bool:
            return target.attr in object_decorators  # whatever object it is

        imports, tables, user = look.pre.imports, look.tables, look.user
        aliases = look.pre.aliases
        factories = tables.decorator_factories
        #: whether the module makes a handler decorator with a decorator factory
        makes_decorators = bool(factories) and any(
            _made_by_factory(function, imports, factories) for function in look.pre.functions
        )

        def by_any_name(target: ast.Name, qualified: str | None) -> bool:
            if qualified is None and any(  # get = app.router.get, bound anywhere
                isinstance(value, ast.Attribute) and on_any_object(value)
                for value in aliases.get(target.id, ())
            ):
                return True
            return makes_decorators

        return any(
            _decorator_registers(decorator, imports, tables, user, on_any_object, by_any_name)
            for function in look.pre.functions
            for decorator in function.decorator_list
        )

    @staticmethod
    def find(found: RequestScope) -> None:
        index = found.index
        imports, tables, user = index.imports, found.tables, found.user_decorators
        for scope in index.functions():
            node = scope.function
            owner = index.defined_in[node]

            def on_object(target: ast.Attribute, owner: Scope = owner) -> bool:
                return any(
                    target.attr in obj.decorators for obj in found.objects(target.value, owner)
                )

            def by_name(target: ast.Name, qualified: str | None, owner: Scope = owner) -> bool:
                if qualified is None:
                    bound = _bound_method(index, target.id, owner)  # get = app.router.get
                    if bound is not None:
                        return on_object(bound, owner)
                # @log_event, log_event a same-module function made by a decorator factory
                return bool(tables.decorator_factories) and _made_by_factory(
                    index.function_named(owner, target.id), imports, tables.decorator_factories
                )

            if any(
                _decorator_registers(d, imports, tables, user, on_object, by_name)
                for d in node.decorator_list
            ):
                found.mark(node)


# -- registering calls ------------------------------------------------------------


class RegisteringCalls(EntryKind):
    """``app.add_url_rule("/", view_func=fn)``, ``Depends(fn)``, ``path("", view)``,
    ``add_GreeterServicer_to_server(Greeter(), server)``: calls on framework objects and
    calls of registering callees (background tasks and dependencies included)."""

    @staticmethod
    def possible(look: Look) -> bool:
        registering = look.tables.registering_imports
        for local, qualified in look.pre.imports.names.items():
            if qualified in registering or (
                local in FALLBACK_OBJECT_NAMES and not from_framework(qualified)
            ):
                return True  # a constructor, a registering callee, an object of the project
        return any(
            param.arg in FALLBACK_OBJECT_NAMES  # def init_app(app): app.add_url_rule(...)
            for function in look.pre.functions
            for param in _parameters(function)
        )

    @staticmethod
    def find(found: RequestScope) -> None:
        index = found.index
        tables = found.tables
        #: local names of registering callees imported under another name (``as D``)
        aliases = frozenset(
            local
            for local, qualified in index.imports.names.items()
            if local != qualified.rpartition(".")[2] and tables.registering_calls(qualified)
        )
        for scope in (index.module, *index.scopes.values()):
            calls = scope.of(ast.Call)
            for call in calls:
                _registered_by_call(found, call, scope, aliases)
            if calls and scope.node in found.reach:
                # A handler known already (decorated, or registered by a call read before):
                # where it spreads is read now, while its calls are in the CPU's caches. Other
                # functions' only once they turn out to be request scope (most functions of a
                # framework's own modules never are).
                found.spread.read_now(scope)


def _registered_by_call(
    found: RequestScope, call: ast.Call, scope: Scope, aliases: frozenset[str]
) -> None:
    func = call.func
    tables = found.tables
    args: tuple[Arg, ...] = ()
    # Most calls register nothing: their last name alone says so, without resolving.
    if isinstance(func, ast.Attribute):
        name = func.attr
        if name in tables.registrar_names:
            for obj in found.objects(func.value, scope):
                args += obj.registrars.get(name, ())
    elif isinstance(func, ast.Name):
        name = func.id
    elif isinstance(func, ast.Call):
        # A handler decorator of an object called on a function: ``mcp.tool()(tools.search)``
        # is ``mcp.add_tool(tools.search)`` (frameworks.md C.10).
        inner = func.func
        if (
            isinstance(inner, ast.Attribute)
            and inner.attr in tables.object_decorators
            and any(inner.attr in obj.decorators for obj in found.objects(inner.value, scope))
        ):
            for expr in arguments(call, _DECORATED):
                found.spread.mark_named(expr, scope, None)
        return
    else:
        return
    if tables.callee_may_be(name) or name in aliases:
        qualified = found.index.imports.resolve(func)
        if qualified is not None:
            for registering in tables.registering_calls(qualified):
                if registering.instances is None:
                    args += registering.args
                else:
                    _registered_instances(found, call, scope, registering)
    for arg in args:
        for expr in arguments(call, arg):
            found.spread.mark_named(expr, scope, None)


def _registered_instances(
    found: RequestScope, call: ast.Call, scope: Scope, registering: HandlerCall
) -> None:
    """``add_GreeterServicer_to_server(Greeter(), server)``, ``Server([Greeter()])``: the
    classes of the instances given are handler classes of the row."""
    row: HandlerClass = registering.instances  # type: ignore[assignment]
    for arg in registering.args:
        for expr in arguments(call, arg):
            elements = expr.elts if isinstance(expr, (ast.List, ast.Tuple)) else [expr]
            for element in elements:
                cls = found.classes.of_instance(element, scope)
                if cls is None and isinstance(element, ast.Call):
                    found.note_imported(element.func, scope, row)  # ``mod.Greeter()``
                elif cls is not None and cls not in found.handler_classes:
                    found.handler_classes[cls] = row
                    mark_class_methods(found, cls, row)


#: Where a decorator called as a function takes the function: ``mcp.tool()(fn)``.
_DECORATED: Final = Arg(0)


def arguments(call: ast.Call, arg: Arg) -> Iterator[ast.expr]:
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


# -- handler classes ----------------------------------------------------------------


class HandlerClasses(EntryKind):
    """Classes the framework calls per request: by their bases (``MethodView``), their
    methods (Falcon's ``on_get``) or their ``__init__`` parameter (``get_response``)."""

    @staticmethod
    def possible(look: Look) -> bool:
        imports, rows = look.pre.imports, look.tables.class_rows
        aliases = look.pre.aliases
        for cls in look.pre.classes:
            own = {
                s.name: s
                for s in cls.body
                if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
            }
            init = own.get("__init__")
            init_params = {a.arg for a in init.args.args[1:2]} if init is not None else set()
            for row in rows:
                if row.method_regex is not None and any(map(row.method_regex.fullmatch, own)):
                    return True
                if row.init_param is not None and row.init_param in init_params:
                    return True
            for base in cls.bases:
                names = [imports.resolve(base)]
                if isinstance(base, ast.Name):
                    names += imports.project_bases.get(base.id, ())
                if names[0] is None and isinstance(base, ast.Name):
                    names = [imports.resolve(alias) for alias in aliases.get(base.id, ())]
                for name in names:
                    if name is not None and any(name in row.base_patterns for row in rows):
                        return True
        return False

    @staticmethod
    def find(found: RequestScope) -> None:
        classes = found.classes
        for scope in found.index.classes():
            cls = scope.class_def
            bases = classes.base_names(cls)
            for fw in found.frameworks:
                for row in fw.classes:
                    if _class_matches(found, cls, row, bases):
                        found.handler_classes.setdefault(cls, row)
                        mark_class_methods(found, cls, row)
                        _mark_hook_attributes(found, cls, row)


def _class_matches(
    found: RequestScope, cls: ast.ClassDef, row: HandlerClass, bases: set[str]
) -> bool:
    if row.bases:
        return any(base in row.base_patterns for base in bases)
    methods = {m.name: m for m in found.classes.methods(cls)}
    if row.init_param is not None:
        init = methods.get("__init__")
        return init is not None and any(a.arg == row.init_param for a in init.args.args[1:2])
    if row.method_regex is not None:
        return any(row.method_regex.fullmatch(name) for name in methods)
    return False


def mark_class_methods(found: RequestScope, cls: ast.ClassDef, row: HandlerClass) -> None:
    """Mark the methods of a handler class the framework calls per request."""
    pattern = row.method_regex
    signature = row.signature_regex
    for method in found.classes.methods(cls):
        if row.async_only and not isinstance(method, ast.AsyncFunctionDef):
            continue
        scope = found.index.scopes[method]
        if row.methods is None and pattern is None:
            if signature is not None or row.async_only:
                if _serves_calls(scope, signature):
                    found.mark(method)
            elif row.lifetime is Lifetime.REQUEST and kind(scope) is Kind.INSTANCE:
                found.mark(method)
        elif (row.methods is not None and method.name in row.methods) or (
            pattern is not None and pattern.fullmatch(method.name)
        ):
            if row.unbound:
                scope.unbound = True
            found.mark(method)


def _mark_hook_attributes(found: RequestScope, cls: ast.ClassDef, row: HandlerClass) -> None:
    if not row.hook_attributes:
        return
    owner = found.index.defined_in[cls]
    for stmt in cls.body:
        if isinstance(stmt, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in row.hook_attributes for t in stmt.targets
        ):
            found.spread.mark_named(stmt.value, owner, None)


def _serves_calls(scope: Scope, signature: re.Pattern[str] | None) -> bool:
    """A public instance method whose parameters after ``self`` match ``signature``: an RPC of
    a gRPC servicer (``SayHello(self, request, context)``), not its helpers or set-up."""
    node = scope.function
    if node.name.startswith("_") or kind(scope) is not Kind.INSTANCE:
        return False
    if signature is None:
        return True
    params = ", ".join(arg.arg for arg in call_parameters(scope))
    return signature.fullmatch(params) is not None


# -- module conventions and middleware factories --------------------------------------


class ModuleConventions(EntryKind):
    """Functions that are handlers by where they live: Django's ``views.py``."""

    @staticmethod
    def possible(look: Look) -> bool:
        conventions = [c for fw in look.tables.frameworks for c in fw.modules]
        if not any(c.names(look.filename) for c in conventions):
            return False
        # Any function with a named parameter (the exact test reads the first one).
        return any(_first_named(function) is not None for function in look.pre.functions)

    @staticmethod
    def find(found: RequestScope) -> None:
        for fw in found.frameworks:
            for convention in fw.modules:
                if not convention.names(found.index.filename):
                    continue
                for name, node in found.index.module.functions.items():
                    params = node.args.posonlyargs + node.args.args
                    if (
                        params
                        and params[0].arg == convention.first_param
                        and (not convention.async_only or isinstance(node, ast.AsyncFunctionDef))
                        and not name.startswith("_")
                    ):
                        found.mark(node)


class MiddlewareFactories(EntryKind):
    """``def mw(get_response): def middleware(request): ...; return middleware`` (Django)."""

    @staticmethod
    def possible(look: Look) -> bool:
        params = look.tables.factory_params
        for function in look.pre.functions:
            first = _first_named(function)
            if first is not None and first.arg in params:
                return True
        return False

    @staticmethod
    def find(found: RequestScope) -> None:
        params = found.tables.factory_params
        for name, node in found.index.module.functions.items():
            args = node.args.args
            if len(args) != 1 or args[0].arg not in params:
                continue
            inner = found.index.scopes[node]
            for ret in inner.of(ast.Return):
                if isinstance(ret.value, ast.Name) and ret.value.id in inner.functions:
                    found.mark(inner.functions[ret.value.id], Reach(name))


class RegisteredElsewhere(EntryKind):
    """Functions and classes of this module that another module of the project registers
    (``mcp.add_tool(tools.search)``, a URLconf's ``path("cart/", endpoints.cart)``)."""

    @staticmethod
    def possible(look: Look) -> bool:
        return bool(look.elsewhere)

    @staticmethod
    def find(found: RequestScope) -> None:
        module = found.index.module
        for name, registration in found.elsewhere.items():
            row = registration.instances
            if row is None:
                function = found.index.function_named(module, name)
                if function is not None:
                    found.mark(function)
                continue
            cls = found.index.class_named(module, name)
            if cls is not None and cls not in found.handler_classes:
                found.handler_classes[cls] = row
                mark_class_methods(found, cls, row)


# -- handlers by name and parameters, entry points the user names ---------------------


class NamedEntries(EntryKind):
    """Handlers by their name and parameters (serverless ``EntryFunction`` rows: ``def
    lambda_handler(event, context)``), and those ``--stateless-entry-points`` names (see
    :mod:`...entries`). Some rows need no import of their framework."""

    needs_framework = False

    @staticmethod
    def possible(look: Look) -> bool:
        pre = look.pre
        frameworks = look.tables.frameworks
        return may_be_entry(
            pre.functions, frameworks, pre.imports, look.filename, look.entry_points
        )

    @staticmethod
    def of(
        index: ModuleIndex, frameworks: tuple[Framework, ...], entry_points: tuple[str, ...]
    ) -> list[FunctionNode]:
        """The module's functions of this kind (asked before the others are looked for:
        without a framework, they alone make the module worth searching)."""
        return list(named_entries(index, entry_rows(frameworks), entry_points))

    @staticmethod
    def find(found: RequestScope) -> None:
        for node in found.named_entries:
            found.mark(node)


#: The kinds, in the order their entries are found (the first reason found is kept).
ENTRY_KINDS: Final[tuple[type[EntryKind], ...]] = (
    NamedEntries,
    DecoratedFunctions,
    RegisteringCalls,
    HandlerClasses,
    ModuleConventions,
    MiddlewareFactories,
    RegisteredElsewhere,
)
