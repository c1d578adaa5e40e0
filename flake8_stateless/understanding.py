"""What the plugin understood of a module: its request-scope functions, each with the
framework and the kind of entry point that makes it one, and whether it is a settings module.

A typed, read-only entry point over the machinery the rules use (:mod:`.scope`,
:mod:`.frameworks`): it builds the same :class:`~.scope.RequestScope` and only reads it
(``reach``, ``handler_classes``, ``objects``), then names, for each function, how the
framework reaches it. It never changes what is request scope, and yields no flake8 codes.

Under ``flake8 -j`` the checks run in worker processes that report only findings; the
``review`` command therefore calls :func:`read_module` in its own process, for the files
flake8 reported on (so ``exclude`` holds), in a process pool of its own when ``-j`` asks for
one. Nothing here keeps state between files.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Final, NamedTuple

from .config import Config
from .frameworks import AppObject, Framework, GlobSet, HandlerClass
from .model import FunctionNode, Scope, build_index
from .prescan import prescan
from .rules.settings import looks_like_settings
from .scope import RequestScope, could_have_request_scope, registrations_of
from .scope.objects import import_project_objects
from .syntax import dotted

#: The kinds of request-scope functions, in the order a review lists them.
KINDS: Final = (
    "route handler",
    "MCP tool",
    "middleware",
    "class-based view",
    "dependency",
    "helper",
)
#: The framework of a function that only ``stateless-handler-decorators`` makes a handler.
CONFIGURED: Final = "stateless-handler-decorators"

#: Framework table names as users write them.
DISPLAY: Final = {
    "fastapi": "FastAPI",
    "starlette": "Starlette",
    "flask": "Flask",
    "quart": "Quart",
    "django": "Django",
    "drf": "Django REST framework",
    "aiohttp": "aiohttp",
    "litestar": "Litestar",
    "sanic": "Sanic",
    "falcon": "Falcon",
    "tornado": "Tornado",
    "mcp": "MCP",
    "socketio": "python-socketio",
    "flask_socketio": "Flask-SocketIO",
    "chainlit": "Chainlit",
    "grpc": "gRPC",
    "grpclib": "grpclib",
    "strawberry": "Strawberry",
    "graphene": "Graphene",
    "ariadne": "Ariadne",
    CONFIGURED: CONFIGURED,
}

#: Registering names that make request hooks (middleware in all but name): ``before_request``,
#: ``after_app_request``, ``teardown_request``, Sanic's ``on_request``, Litestar's
#: ``after_response``; and any name with "middleware" in it.
_HOOK_PREFIXES: Final = ("before_", "after_", "teardown_")
_HOOK_NAMES: Final = frozenset({"on_request", "on_response"})
_DEPENDENCY_NAMES: Final = frozenset({"Depends", "Security", "Provide"})


class ScopeFunction(NamedTuple):
    """One request-scope function."""

    name: str  # as the messages name it: ``create_todo``, ``TodoResource.on_post``
    line: int
    framework: str  # a key of DISPLAY
    kind: str  # one of KINDS
    handler: str  # the handler it serves (its own name for an entry point)
    end_line: int = 0  # the last line of its body
    first_line: int = 0  # its first decorator's line, else its def line


class ModuleFacts(NamedTuple):
    """What one file gave the review."""

    path: str
    functions: tuple[ScopeFunction, ...] = ()
    settings: bool = False
    #: why the file could not be read (``E999 SyntaxError: ...``), else None
    error: str | None = None


def read_module(path: str, config: Config) -> ModuleFacts:
    """Read and parse ``path`` (never imported) and say what it holds; never raises."""
    try:
        source = Path(path).read_bytes()
    except OSError as error:
        return ModuleFacts(path, error=f"E902 {type(error).__name__}: {error.strerror}")
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        where = f" (line {error.lineno})" if error.lineno else ""
        return ModuleFacts(path, error=f"E999 {type(error).__name__}: {error.msg}{where}")
    except (ValueError, RecursionError, MemoryError) as error:
        return ModuleFacts(path, error=f"E999 {type(error).__name__}: {error}")
    try:
        return ModuleFacts(
            path, request_scope_functions(tree, path, config), looks_like_settings(tree)
        )
    except RecursionError:
        return ModuleFacts(path, error="E999 RecursionError: too deeply nested to analyse")
    except Exception as error:  # the review goes on whatever one file holds
        return ModuleFacts(path, error=f"SLS000 analysis failed: {type(error).__name__}")


def request_scope_functions(
    tree: ast.Module, filename: str, config: Config
) -> tuple[ScopeFunction, ...]:
    """The request-scope functions of a module, in source order, each with its framework and
    kind. The same functions the rules treat as request scope."""
    pre = prescan(tree)
    import_project_objects(pre, filename)
    elsewhere = registrations_of(filename)
    if not could_have_request_scope(pre, filename, config, elsewhere):
        return ()
    scope = RequestScope(build_index(tree, filename, pre.imports), config, elsewhere)
    entries: dict[str, str] = {}
    found: list[ScopeFunction] = []
    for node, reach in scope.reach.items():
        if reach.via is not None:
            continue
        framework, kind = _entry(scope, node, config)
        entries[reach.handler] = framework
        found.append(_function(scope, node, framework, kind, reach.handler))
    for node, reach in scope.reach.items():
        if reach.via is not None:
            framework = entries.get(reach.handler, _default(scope))
            found.append(_function(scope, node, framework, "helper", reach.handler))
    return tuple(sorted(found, key=lambda f: (f.line, f.name)))


def _function(
    scope: RequestScope, node: FunctionNode, framework: str, kind: str, handler: str
) -> ScopeFunction:
    name = scope.qualified_name(node)
    end = node.end_lineno or node.lineno
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return ScopeFunction(name, node.lineno, framework, kind, handler, end, first)


def _default(scope: RequestScope) -> str:
    return scope.frameworks[0].name if scope.frameworks else CONFIGURED


def entry_framework(scope: RequestScope, node: FunctionNode, config: Config) -> str:
    """The name of the framework that makes the entry point ``node`` a handler."""
    return _entry(scope, node, config)[0]


def _entry(scope: RequestScope, node: FunctionNode, config: Config) -> tuple[str, str]:
    """The framework and kind of an entry point: its class, a decorator, a registering call,
    a middleware factory or a module convention, in that order."""
    for reader in (_by_class, _by_decorator, _by_factory, _by_call, _by_convention):
        found = reader(scope, node, config)
        if found is not None:
            return found
    return _default(scope), "route handler"


def _owning(scope: RequestScope, row: HandlerClass | AppObject) -> Framework | None:
    for framework in scope.frameworks:
        if row in framework.classes or row in framework.objects:
            return framework
    return None


def _kind(framework: Framework | None, name: str) -> str:
    """The kind of entry point a registering name (decorator, method, callee) makes."""
    if name.startswith(_HOOK_PREFIXES) or name in _HOOK_NAMES or "middleware" in name.lower():
        return "middleware"
    if name in _DEPENDENCY_NAMES:
        return "dependency"
    if framework is not None and framework.name == "mcp" and name != "custom_route":
        return "MCP tool"
    return "route handler"


def _by_class(scope: RequestScope, node: FunctionNode, _config: Config) -> tuple[str, str] | None:
    owner = scope.index.defined_in[node]
    if not owner.is_class:
        return None
    for cls, row in scope.handler_classes.items():
        if any(owner.node is klass for klass in scope.class_chain(cls)):
            framework = _owning(scope, row)
            kind = "middleware" if "middleware" in row.kind.lower() else "class-based view"
            return (framework.name if framework else _default(scope)), kind
    return None


def _by_decorator(
    scope: RequestScope, node: FunctionNode, config: Config
) -> tuple[str, str] | None:
    owner = scope.index.defined_in[node]
    user = GlobSet(config.handler_decorators)
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if not isinstance(target, (ast.Name, ast.Attribute)):
            continue
        last = target.attr if isinstance(target, ast.Attribute) else target.id
        qualified = scope.index.imports.resolve(target)
        for framework in scope.frameworks:
            if qualified is not None and qualified in GlobSet(framework.decorators):
                return framework.name, _kind(framework, last)
        if isinstance(target, ast.Attribute):
            for obj in scope.objects(target.value, owner):
                if target.attr in obj.decorators:
                    owning = _owning(scope, obj)
                    return (owning.name if owning else _default(scope)), _kind(owning, last)
        if user and dotted(target) in user:
            return CONFIGURED, "route handler"
    return None


def _by_factory(scope: RequestScope, node: FunctionNode, _config: Config) -> tuple[str, str] | None:
    """``def mw(get_response): def middleware(request): ...``: the inner function."""
    owner = scope.index.defined_in[node]
    factory = owner.node
    if not isinstance(factory, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    params = [a.arg for a in factory.args.args]
    for framework in scope.frameworks:
        if framework.middleware_factory_param is not None and params == [
            framework.middleware_factory_param
        ]:
            return framework.name, "middleware"
    return None


def _by_call(scope: RequestScope, node: FunctionNode, _config: Config) -> tuple[str, str] | None:
    """A call that registers the function: ``app.add_api_route("/", f)``, ``Depends(f)``."""
    index = scope.index
    for owner in (index.module, *index.scopes.values()):
        for call in owner.of(ast.Call):
            if not any(_names(arg, node.name) for arg in _call_arguments(call)):
                continue
            found = _registering(scope, call, owner)
            if found is not None:
                return found
    return None


def _registering(scope: RequestScope, call: ast.Call, owner: Scope) -> tuple[str, str] | None:
    func = call.func
    if isinstance(func, ast.Attribute):
        for obj in scope.objects(func.value, owner):
            if func.attr in obj.registrars:
                framework = _owning(scope, obj)
                return (framework.name if framework else _default(scope)), _kind(
                    framework, func.attr
                )
    qualified = scope.index.imports.resolve(func)
    if qualified is None:
        return None
    for framework in scope.frameworks:
        for registering in framework.calls:
            if qualified in GlobSet(registering.callees):
                return framework.name, _kind(framework, qualified.rpartition(".")[2])
    return None


def _call_arguments(call: ast.Call) -> Iterator[ast.expr]:
    yield from call.args
    yield from (keyword.value for keyword in call.keywords)


def _names(expr: ast.expr, name: str) -> bool:
    """Whether ``expr`` names the function ``name`` (``f``, ``obj.f``, ``[f, g]``,
    ``partial(f)``, ``Cls()`` for ``Cls.__call__``)."""
    if isinstance(expr, ast.Name):
        return expr.id == name or name == "__call__"
    if isinstance(expr, ast.Attribute):
        return expr.attr == name
    if isinstance(expr, (ast.List, ast.Tuple)):
        return any(_names(element, name) for element in expr.elts)
    if isinstance(expr, ast.Call):
        return name == "__call__" or any(_names(arg, name) for arg in expr.args[:1])
    return False


def _by_convention(
    scope: RequestScope, _node: FunctionNode, _config: Config
) -> tuple[str, str] | None:
    for framework in scope.frameworks:
        if any(convention.names(scope.index.filename) for convention in framework.modules):
            return framework.name, "route handler"
    return None


__all__ = [
    "CONFIGURED",
    "DISPLAY",
    "KINDS",
    "ModuleFacts",
    "ScopeFunction",
    "entry_framework",
    "read_module",
    "request_scope_functions",
]
