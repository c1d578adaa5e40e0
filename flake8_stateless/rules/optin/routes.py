"""SLS201's view of request handlers: the HTTP methods and route paths each one serves.

Methods come from route decorators (``@app.post``, ``@require_POST``, ``methods=[...]``),
registering calls that name the handler (``add_post("/p", h)``, ``Route(...)``), and the
names of class-based handlers' methods (``post``, DRF ``create``, Falcon ``on_post``). Which
decorators, keywords and method names say so is each framework's ``routes`` record.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Final

from ...context import Context
from ...frameworks import FRAMEWORKS, GlobSet, every, merged
from ...model import FunctionNode
from ...syntax import constant_str
from .common import FUNCTION_TYPES, base_names

HTTP_METHODS: Final = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
#: The methods SLS201 is about, in the order a message names them.
WRITE_METHODS: Final = ("POST", "PATCH")
_GET: Final = frozenset({"GET"})

#: Decorators and registering calls that state a handler's methods: fixed methods, or
#: ``None`` to read the call's own list (``methods=``, ``http_method=``, a first list).
METHOD_DECORATORS: Final = merged(lambda fw: fw.routes.method_decorators)
#: Route decorators or registering calls whose methods default to GET when none are listed.
ROUTE_NAMES: Final = every(lambda fw: fw.routes.get_by_default)
_METHOD_KEYWORDS: Final = every(lambda fw: fw.routes.method_keywords)
#: ``url=`` is no one framework's spelling; kept so that paths exempted by it stay exempt.
_PATH_KEYWORDS: Final = every(lambda fw: fw.routes.path_keywords) | {"url"}
#: Methods of class-based handlers named after the HTTP method (Django, DRF, Flask, Tornado,
#: aiohttp, Starlette and Sanic views), DRF ViewSet actions, Falcon responders.
_CLASS_VERBS: Final = merged(lambda fw: fw.routes.verb_methods)
VIEWSET_ACTIONS: Final = merged(lambda fw: fw.routes.actions)
_VIEWSET_BASES: Final = GlobSet(every(lambda fw: fw.routes.action_bases))
_RESPONDERS: Final = tuple(
    re.compile(fw.routes.responders) for fw in FRAMEWORKS if fw.routes.responders
)


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
    verb = _CLASS_VERBS.get(node.name)
    if verb is not None:
        return verb
    for pattern in _RESPONDERS:
        responder = pattern.fullmatch(node.name)
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
            cls = owner.class_def
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
