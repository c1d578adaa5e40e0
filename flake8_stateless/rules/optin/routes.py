"""SLS201's view of request handlers: the HTTP methods and route paths each one serves.

Methods come from route decorators (``@app.post``, ``@require_POST``, ``methods=[...]``),
registering calls that name the handler (``add_post("/p", h)``, ``Route(...)``), and the
names of class-based handlers' methods (``post``, DRF ``create``, Falcon ``on_post``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from ...context import Context
from ...frameworks import GlobSet
from ...model import FunctionNode
from ...syntax import constant_str
from .common import FUNCTION_TYPES, base_names

HTTP_METHODS: Final = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
#: The methods SLS201 is about, in the order a message names them.
WRITE_METHODS: Final = ("POST", "PATCH")
_GET: Final = frozenset({"GET"})

#: Decorators that state a handler's methods: fixed methods, or ``None`` to read the
#: decorator's own list (``methods=``, ``http_method=``, a first list or method name).
METHOD_DECORATORS: Final[Mapping[str, frozenset[str] | None]] = {
    "django.views.decorators.http.require_POST": frozenset({"POST"}),
    "django.views.decorators.http.require_GET": _GET,
    "django.views.decorators.http.require_safe": frozenset({"GET", "HEAD"}),
    "django.views.decorators.http.require_http_methods": None,
    "rest_framework.decorators.api_view": None,
    "rest_framework.decorators.action": None,
    **{
        f"{module}.{verb.lower()}": frozenset({verb})
        for module in ("litestar", "litestar.handlers", "litestar.handlers.http_handlers")
        for verb in HTTP_METHODS
    },
    "litestar.route": None,
    "litestar.handlers.route": None,
    "litestar.handlers.http_handlers.route": None,
    # registering calls with a methods= list (GET when none)
    "starlette.routing.Route": None,
    "fastapi.routing.APIRoute": None,
}
#: Route decorators or registering calls whose methods default to GET when none are listed.
ROUTE_NAMES: Final = frozenset(
    {"route", "api_route", "custom_route", "add_url_rule", "add_api_route", "add_route", "Route"}
)
_METHOD_KEYWORDS: Final = ("methods", "http_method", "http_method_names", "request_method_list")
_PATH_KEYWORDS: Final = ("path", "rule", "uri", "url", "route")
#: Methods of class-based handlers named after the HTTP method (Django, DRF, Flask, Tornado,
#: aiohttp, Starlette and Sanic views), DRF ViewSet actions, Falcon responders.
CLASS_METHOD_VERBS: Final = {"post": "POST", "patch": "PATCH"}
_CLASS_OTHER_VERBS: Final = {m.lower(): m for m in HTTP_METHODS if m not in WRITE_METHODS}
VIEWSET_ACTIONS: Final = {"create": "POST", "partial_update": "PATCH"}
_VIEWSET_BASES: Final = GlobSet(("rest_framework.viewsets.*", "rest_framework.mixins.*"))
_FALCON_RESPONDER: Final = re.compile(r"on_(?P<verb>post|patch)(_\w+)?")


def _method_names(expr: ast.expr) -> frozenset[str] | None:
    """``"POST"``, ``HttpMethod.POST``, ``["GET", "POST"]``; ``None`` where unknown."""
    items = expr.elts if isinstance(expr, (ast.List, ast.Tuple, ast.Set)) else [expr]
    found: set[str] = set()
    for item in items:
        text = constant_str(item) if isinstance(item, ast.Constant) else None
        if isinstance(item, ast.Attribute):
            text = item.attr
        if text is None or text.upper() not in HTTP_METHODS:
            return None
        found.add(text.upper())
    return frozenset(found)


def _listed_methods(call: ast.Call, default: frozenset[str] | None) -> frozenset[str] | None:
    for keyword in call.keywords:
        if keyword.arg in _METHOD_KEYWORDS:
            return _method_names(keyword.value)
    if call.args:
        first = call.args[0]
        if isinstance(first, (ast.List, ast.Tuple, ast.Set)):
            return _method_names(first)
        text = constant_str(first)
        if text is not None and text.upper() in HTTP_METHODS:  # aiohttp route("POST", path)
            return frozenset({text.upper()})
    return default


def _call_name(ctx: Context, func: ast.expr) -> tuple[str | None, str | None]:
    """The callee's own name (attribute or name) and its qualified name."""
    qualified = ctx.index.imports.resolve(func)
    if isinstance(func, ast.Attribute):
        return func.attr, qualified
    if isinstance(func, ast.Name):
        return func.id, qualified
    return None, qualified


def _route_methods(ctx: Context, expr: ast.expr) -> frozenset[str] | None:
    """The methods a decorator or registering call gives its handler (``None``: unknown)."""
    call = expr if isinstance(expr, ast.Call) else None
    name, qualified = _call_name(ctx, call.func if call else expr)
    if qualified is not None and qualified in METHOD_DECORATORS:
        fixed = METHOD_DECORATORS[qualified]
        if fixed is not None:
            return fixed
        return _listed_methods(call, _GET) if call else _GET
    if name is None or not isinstance(call.func if call else expr, ast.Attribute):
        return None
    verb = name.removeprefix("add_").upper()
    if name.islower() and verb in HTTP_METHODS:  # @app.post, router.add_post, web.patch
        return frozenset({verb})
    if name in ROUTE_NAMES:
        return _listed_methods(call, _GET) if call else _GET
    return None


def _paths(call: ast.Call) -> list[str]:
    """Route paths a decorator or registering call names, as written."""
    found: list[str] = []
    for keyword in call.keywords:
        if keyword.arg in _PATH_KEYWORDS or keyword.arg == "paths":
            values = (
                keyword.value.elts
                if isinstance(keyword.value, (ast.List, ast.Tuple))
                else [keyword.value]
            )
            found += [t for t in map(constant_str, values) if t is not None]
    for arg in call.args:
        if isinstance(arg, (ast.List, ast.Tuple)):
            found += [t for t in map(constant_str, arg.elts) if t is not None]
            break
        text = constant_str(arg)
        if text is not None and text.upper() not in HTTP_METHODS:
            found.append(text)
            break
    return found


@dataclass
class Routes:
    """What the module's registering calls say about its handlers."""

    methods: dict[ast.AST, set[str]] = field(default_factory=dict)
    paths: dict[ast.AST, list[str]] = field(default_factory=dict)


def registrations(ctx: Context) -> Routes:
    """Methods and paths given by calls naming a handler: ``add_post("/p", h)``, ``Route(...)``."""
    routes = Routes()
    index = ctx.index
    for scope in (index.module, *index.scopes.values()):
        for call in scope.of(ast.Call):
            found: list[ast.AST | None] = []
            for arg in (*call.args, *(k.value for k in call.keywords)):
                if isinstance(arg, ast.Name):
                    found.append(index.function_named(scope, arg.id))
                    found.append(index.class_named(scope, arg.id))
                elif isinstance(arg, ast.Call):
                    func = arg.func  # Handler() or Handler.as_view(...)
                    if isinstance(func, ast.Attribute) and func.attr == "as_view":
                        func = func.value
                    if isinstance(func, ast.Name):
                        found.append(index.class_named(scope, func.id))
            targets = [t for t in found if t is not None]
            if not targets:
                continue
            methods = _route_methods(ctx, call)
            paths = _paths(call)
            for target in targets:
                if methods and isinstance(target, FUNCTION_TYPES):
                    routes.methods.setdefault(target, set()).update(methods)
                if paths:
                    routes.paths.setdefault(target, []).extend(paths)
    return routes


def _class_verb(ctx: Context, node: FunctionNode, cls: ast.ClassDef) -> str | None:
    if cls not in ctx.scope.handler_classes:
        return None
    verb = CLASS_METHOD_VERBS.get(node.name) or _CLASS_OTHER_VERBS.get(node.name)
    if verb is not None:
        return verb
    responder = _FALCON_RESPONDER.fullmatch(node.name)
    if responder is not None:
        return responder["verb"].upper()
    if node.name in VIEWSET_ACTIONS and any(b in _VIEWSET_BASES for b in base_names(ctx, cls)):
        return VIEWSET_ACTIONS[node.name]
    return None


@dataclass
class Handler:
    node: FunctionNode
    methods: set[str]
    names: list[str]
    paths: list[str]


def route_handlers(ctx: Context, routes: Routes) -> list[Handler]:
    """Every request-scope entry with the HTTP methods and paths the module gives it."""
    found = []
    for scope, reach in ctx.scope.functions():
        node = scope.node
        if reach.via is not None or not isinstance(node, FUNCTION_TYPES):
            continue
        methods: set[str] = set(routes.methods.get(node, ()))
        paths = list(routes.paths.get(node, ()))
        decorated = False
        for decorator in node.decorator_list:
            listed = _route_methods(ctx, decorator)
            if listed is not None:
                decorated = True
                methods |= listed
                if isinstance(decorator, ast.Call):
                    paths += _paths(decorator)
        names = [node.name, ctx.scope.qualified_name(node)]
        owner = ctx.index.defined_in[node]
        if owner.is_class:
            cls: ast.ClassDef = owner.node  # type: ignore[assignment]
            names.append(cls.name)
            paths += routes.paths.get(cls, [])
            for decorator in cls.decorator_list:
                if isinstance(decorator, ast.Call):
                    paths += _paths(decorator)
            verb = None if decorated else _class_verb(ctx, node, cls)
            if verb is not None:
                methods.add(verb)
        if methods:
            found.append(Handler(node, methods, names, paths))
    return found
