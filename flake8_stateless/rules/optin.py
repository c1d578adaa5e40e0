"""Opt-in SLS201-SLS204: judgement calls that run only when the user selects them.

- SLS201: a POST or PATCH handler that accepts no idempotency key.
- SLS202: a login kept in a session (``login_user``, ``auth.login``, ``session["user_id"] = ...``).
- SLS203: work or coordination that lives in the process beyond one request
  (``asyncio.create_task``, threads, ``BackgroundTasks``, executors, module-level locks and queues).
- SLS204: an MCP server served over HTTP with its sessions kept in this process.

The framework facts each rule needs are the tables at the top of its section.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field
from typing import Final

from ..classes import class_chain
from ..context import Context, Finding
from ..frameworks import GlobSet
from ..model import FunctionNode, Scope
from ..syntax import dotted

_FUNCTION_TYPES: Final = (ast.FunctionDef, ast.AsyncFunctionDef)


def check(ctx: Context) -> Iterator[Finding]:
    yield from _missing_idempotency_keys(ctx)
    yield from _session_logins(ctx)
    yield from _background_work(ctx)
    yield from _mcp_transports(ctx)


def _str(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _qualified(ctx: Context, expr: ast.expr) -> str | None:
    """The qualified name of a name or attribute chain rooted at an import."""
    return ctx.index.imports.resolve(expr) if isinstance(expr, (ast.Name, ast.Attribute)) else None


def _callee(func: ast.expr) -> str:
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


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _methods_of(cls: ast.ClassDef) -> list[FunctionNode]:
    return [stmt for stmt in cls.body if isinstance(stmt, _FUNCTION_TYPES)]


def _base_names(ctx: Context, cls: ast.ClassDef) -> set[str]:
    names: set[str] = set()
    for klass in class_chain(ctx.index, cls):
        for base in klass.bases:
            qualified = ctx.index.imports.resolve(base)
            if qualified is not None:
                names.add(qualified)
    return names


def _walk(nodes: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """Every node under ``nodes`` (``ast.walk`` is iterative: no recursion limit)."""
    for node in nodes:
        yield from ast.walk(node)


def _signature(node: FunctionNode) -> list[ast.AST]:
    """What a def evaluates outside its body: decorators, defaults, annotations."""
    args = node.args
    parts: list[ast.AST] = [*node.decorator_list, *args.defaults]
    parts += [d for d in args.kw_defaults if d is not None]
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg):
        if arg is not None and arg.annotation is not None:
            parts.append(arg.annotation)
    return parts


def _parameters(node: FunctionNode) -> list[ast.arg]:
    args = node.args
    found = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    return found + [a for a in (args.vararg, args.kwarg) if a is not None]


# -- SLS201 missing-idempotency-key ------------------------------------------------------

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

#: What marks code as handling idempotency keys: any identifier with this in it
#: (``idempotency_key``, ``IdempotencyMiddleware``, ``@idempotent``), or a header-like
#: string (``"Idempotency-Key"``, ``"HTTP_IDEMPOTENCY_KEY"``).
_KEY_WORD: Final = "idempot"
#: Packages whose middleware or decorators handle idempotency keys: a file importing one is
#: not reported (its middleware may be configured elsewhere, e.g. in Django's settings).
IDEMPOTENCY_PACKAGES: Final = GlobSet(
    (
        "idempotency_header_middleware*",  # asgi-idempotency-header (FastAPI, Starlette)
        "idempotency_key.*",  # django-idempotency-key: middleware, @idempotency_key(_exempt)
        "aws_lambda_powertools.utilities.idempotency*",  # Powertools @idempotent
    )
)
#: Decorators that run a function for every request of the app or blueprint: a hook that
#: reads the key covers every handler in the file.
_GLOBAL_HOOKS: Final = frozenset(
    {"middleware", "before_request", "before_app_request", "on_request"}
)
_MIDDLEWARE_DECORATORS: Final = frozenset(
    {"aiohttp.web.middleware", "aiohttp.web_middlewares.middleware"}
)


def _is_key_text(text: str) -> bool:
    return len(text) <= 64 and not any(c.isspace() for c in text) and _KEY_WORD in text.lower()


def _method_names(expr: ast.expr) -> frozenset[str] | None:
    """``"POST"``, ``HttpMethod.POST``, ``["GET", "POST"]``; ``None`` where unknown."""
    items = expr.elts if isinstance(expr, (ast.List, ast.Tuple, ast.Set)) else [expr]
    found: set[str] = set()
    for item in items:
        text = _str(item) if isinstance(item, ast.Constant) else None
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
        text = _str(first)
        if text is not None and text.upper() in HTTP_METHODS:  # aiohttp route("POST", path)
            return frozenset({text.upper()})
    return default


def _call_name(ctx: Context, func: ast.expr) -> tuple[str | None, str | None]:
    """The callee's own name (attribute or name) and its qualified name."""
    qualified = _qualified(ctx, func)
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
            found += [t for t in map(_str, values) if t is not None]
    for arg in call.args:
        if isinstance(arg, (ast.List, ast.Tuple)):
            found += [t for t in map(_str, arg.elts) if t is not None]
            break
        text = _str(arg)
        if text is not None and text.upper() not in HTTP_METHODS:
            found.append(text)
            break
    return found


@dataclass
class _Routes:
    """What the module's registering calls say about its handlers."""

    methods: dict[ast.AST, set[str]] = field(default_factory=dict)
    paths: dict[ast.AST, list[str]] = field(default_factory=dict)


def _registrations(ctx: Context) -> _Routes:
    """Methods and paths given by calls naming a handler: ``add_post("/p", h)``, ``Route(...)``."""
    routes = _Routes()
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
                if methods and isinstance(target, _FUNCTION_TYPES):
                    routes.methods.setdefault(target, set()).update(methods)
                if paths:
                    routes.paths.setdefault(target, []).extend(paths)
    return routes


class _KeyFinder:
    """Whether a handler accepts an idempotency key: itself, its helpers, its class, the file."""

    def __init__(self, ctx: Context, routes: set[ast.AST]) -> None:
        self.ctx = ctx
        #: route handlers (functions with HTTP methods, class-based views): naming one at
        #: module level registers it, it does not wire anything for the whole file
        self.routes = routes
        self._mentions: dict[ast.AST, bool] = {}
        #: nodes whose whole closure was searched without finding a key
        self._no_key: set[ast.AST] = set()
        module = ctx.index.module
        #: module-level names bound to a header-like string (``KEY_HEADER = "Idempotency-Key"``)
        self.key_constants = {
            name
            for name, values in module.values.items()
            if any(_is_key_text(_str(v) or "") for v in values)
        }

    def _expr_mentions(self, nodes: Iterable[ast.AST]) -> bool:
        for node in nodes:
            if isinstance(node, ast.Name):
                if _KEY_WORD in node.id.lower() or node.id in self.key_constants:
                    return True
            elif isinstance(node, ast.Attribute):
                if _KEY_WORD in node.attr.lower():
                    return True
            elif isinstance(node, ast.Constant) and _is_key_text(_str(node) or ""):
                return True
        return False

    def mentions(self, node: ast.AST) -> bool:
        """A function or class whose own code names an idempotency key."""
        known = self._mentions.get(node)
        if known is not None:
            return known
        scope = self.ctx.index.scopes[node]
        own: list[ast.AST] = [
            *scope.of(ast.Name),
            *scope.of(ast.Attribute),
            *scope.of(ast.Constant),
        ]
        if isinstance(node, ast.ClassDef):
            # A class scope also holds its methods' decorators and defaults: those are the
            # methods' own business (one handler's key parameter covers no other handler).
            methods = {id(n) for m in _methods_of(node) for n in _walk(_signature(m))}
            own = [n for n in own if id(n) not in methods]
        found = self._expr_mentions(own)
        if isinstance(node, _FUNCTION_TYPES):
            found = (
                found
                or any(_KEY_WORD in a.arg.lower() for a in _parameters(node))
                or self._expr_mentions(_walk(_signature(node)))
            )
        elif isinstance(node, ast.ClassDef):
            found = found or self._expr_mentions(_walk(node.decorator_list))
        self._mentions[node] = found
        return found

    def accepts(self, start: ast.AST) -> bool:
        """``start`` (a function or class), or what it uses of this module (helpers,
        dependencies, decorators; for a method, its class's and same-module bases'
        non-handler methods such as ``dispatch``), reads a key."""
        index = self.ctx.index
        todo: list[ast.AST] = [start]
        seen: set[ast.AST] = set()
        while todo:
            node = todo.pop()
            if node in seen or node in self._no_key:
                continue
            seen.add(node)
            if self.mentions(node):
                return True
            if isinstance(node, ast.ClassDef):
                # dispatch/prepare/helpers and mixins, not the class's other HTTP handlers
                todo.extend(m for m in _methods_of(node) if m not in self.routes)
                continue
            if not isinstance(node, _FUNCTION_TYPES):
                continue
            scope = index.scopes[node]
            used = [n for n in _walk(_signature(node)) if isinstance(n, ast.Name)]
            for name in (*scope.of(ast.Name), *used):
                target: ast.AST | None = index.function_named(scope, name.id)
                if target is None:
                    target = index.class_named(scope, name.id)
                if target is not None:
                    todo.append(target)
            owner = index.defined_in[node]
            if owner.is_class:
                todo.extend(class_chain(self.ctx.index, owner.node))  # type: ignore[arg-type]
        # Everything searched uses only what was searched: none of it reads a key either.
        self._no_key |= seen
        return False

    def whole_file(self) -> bool:
        """The file imports an idempotency package, or wires a key-reading middleware,
        dependency or hook for the whole app (outside any one handler's signature)."""
        index = self.ctx.index
        if any(q in IDEMPOTENCY_PACKAGES for q in index.imports.names.values()):
            return True
        module = index.module
        own_parts: set[int] = set()
        for kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            for node in module.of(kind):
                parts = (
                    [*node.decorator_list, *node.bases, *node.keywords]
                    if isinstance(node, ast.ClassDef)
                    else _signature(node)  # type: ignore[arg-type]
                )
                own_parts.update(id(n) for n in _walk(parts))
        for name in module.of(ast.Name):
            if id(name) in own_parts or not isinstance(name.ctx, ast.Load):
                continue
            if _KEY_WORD in name.id.lower():
                return True
            target: ast.AST | None = index.function_named(module, name.id)
            if target is None:
                target = index.class_named(module, name.id)
            if target is not None and target not in self.routes and self.accepts(target):
                return True
        if any(
            _KEY_WORD in a.attr.lower()
            for a in module.of(ast.Attribute)
            if id(a) not in own_parts and isinstance(a.ctx, ast.Load)
        ):
            return True
        for scope in index.functions():
            hook = scope.node
            if (
                isinstance(hook, _FUNCTION_TYPES)
                and any(self._global_hook(d) for d in hook.decorator_list)
                and self.accepts(hook)
            ):
                return True
        return False

    def _global_hook(self, decorator: ast.expr) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if _qualified(self.ctx, target) in _MIDDLEWARE_DECORATORS:
            return True
        return isinstance(target, ast.Attribute) and target.attr in _GLOBAL_HOOKS


def _class_verb(ctx: Context, node: FunctionNode, cls: ast.ClassDef) -> str | None:
    if cls not in ctx.scope.handler_classes:
        return None
    verb = CLASS_METHOD_VERBS.get(node.name) or _CLASS_OTHER_VERBS.get(node.name)
    if verb is not None:
        return verb
    responder = _FALCON_RESPONDER.fullmatch(node.name)
    if responder is not None:
        return responder["verb"].upper()
    if node.name in VIEWSET_ACTIONS and any(b in _VIEWSET_BASES for b in _base_names(ctx, cls)):
        return VIEWSET_ACTIONS[node.name]
    return None


@dataclass
class _Handler:
    node: FunctionNode
    methods: set[str]
    names: list[str]
    paths: list[str]


def _handlers(ctx: Context, routes: _Routes) -> list[_Handler]:
    """Every request-scope entry with the HTTP methods and paths the module gives it."""
    found = []
    for scope, reach in ctx.scope.functions():
        node = scope.node
        if reach.via is not None or not isinstance(node, _FUNCTION_TYPES):
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
            found.append(_Handler(node, methods, names, paths))
    return found


def _missing_idempotency_keys(ctx: Context) -> Iterator[Finding]:
    routes = _registrations(ctx)
    handlers = _handlers(ctx, routes)
    writers = [h for h in handlers if any(m in h.methods for m in WRITE_METHODS)]
    if not writers:
        return
    route_nodes: set[ast.AST] = {h.node for h in handlers}
    route_nodes |= {ctx.index.defined_in[h.node].node for h in handlers}
    keys = _KeyFinder(ctx, route_nodes)
    exempt = GlobSet(ctx.config.idempotency_exempt)
    file_checked: bool | None = None
    for handler in writers:
        if any(n in exempt for n in (*handler.names, *handler.paths)):
            continue
        if keys.accepts(handler.node):
            continue
        if file_checked is None:
            file_checked = keys.whole_file()
        if file_checked:
            return
        method = "/".join(m for m in WRITE_METHODS if m in handler.methods)
        where = ctx.scope.where(handler.node)
        yield Finding.at(handler.node, "SLS201", method=method, where=where)


# -- SLS202 server-session-auth ----------------------------------------------------------

#: Functions that log a user in by writing the session.
LOGIN_FUNCTIONS: Final = frozenset(
    {
        "flask_login.login_user",
        "flask_login.utils.login_user",
        "flask_security.login_user",
        "flask_security.utils.login_user",
        "django.contrib.auth.login",
        "django.contrib.auth.alogin",
    }
)
#: Session objects reached through imports.
SESSION_OBJECTS: Final = frozenset(
    {"flask.session", "flask.globals.session", "quart.session", "quart.globals.session"}
)
#: Calls that return a request's session (aiohttp-session).
SESSION_GETTERS: Final = frozenset({"aiohttp_session.get_session", "aiohttp_session.new_session"})
#: Session keys that hold who is logged in.
IDENTITY_KEYS: Final = frozenset(
    {
        "user", "user_id", "userid", "uid", "username", "user_name", "_user_id",
        "_auth_user_id", "auth_user_id", "account_id", "current_user", "current_user_id",
        "member_id", "logged_in", "is_authenticated", "authenticated", "principal",
        "identity", "userinfo", "user_info",
    }
)  # fmt: skip
#: Parameter names of the request object (``request.session``; Sanic ``request.ctx.session``).
_REQUEST_PARAMS: Final = frozenset({"request", "req"})
_SESSION_WRITERS: Final = frozenset({"update", "setdefault"})


def _is_request(node: ast.expr, params: Set[str]) -> bool:
    """A request parameter, ``self.request`` (Django/DRF views), or its ``.ctx`` (Sanic)."""
    if isinstance(node, ast.Attribute) and node.attr == "ctx":
        node = node.value
    if isinstance(node, ast.Name):
        return node.id in params
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "request"
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


class _Sessions:
    """Which expressions of one function are the request's session."""

    def __init__(self, ctx: Context, scope: Scope, node: FunctionNode) -> None:
        self.ctx = ctx
        self.scope = scope
        self.params = {a.arg for a in _parameters(node) if a.arg in _REQUEST_PARAMS}

    def direct(self, expr: ast.expr) -> bool:
        if isinstance(expr, ast.Attribute) and expr.attr == "session":
            return _is_request(expr.value, self.params)
        if isinstance(expr, ast.Await) and isinstance(expr.value, ast.Call):
            return self.ctx.index.imports.resolve(expr.value.func) in SESSION_GETTERS
        return _qualified(self.ctx, expr) in SESSION_OBJECTS

    def __call__(self, expr: ast.expr) -> bool:
        if self.direct(expr):
            return True
        if isinstance(expr, ast.Name) and expr.id in self.scope.local_names:
            values = self.scope.values.get(expr.id, [])  # session = request.session
            return bool(values) and all(v is not None and self.direct(v) for v in values)
        return False


def _identity_keys(call: ast.Call) -> list[str]:
    keys = [k.arg for k in call.keywords if k.arg is not None]
    for arg in call.args[:1]:
        if isinstance(arg, ast.Dict):
            keys += [t for t in map(_str, arg.keys) if t is not None]
        elif isinstance(call.func, ast.Attribute) and call.func.attr == "setdefault":
            keys += [t for t in [_str(arg)] if t is not None]
    return [k for k in keys if k.lower() in IDENTITY_KEYS]


def _session_logins(ctx: Context) -> Iterator[Finding]:
    for scope, _reach in ctx.scope.functions():
        node: FunctionNode = scope.node  # type: ignore[assignment]
        is_session = _Sessions(ctx, scope, node)
        where = ctx.scope.where(node)
        for assign in scope.of(ast.Assign):
            for target in assign.targets:
                if not isinstance(target, ast.Subscript):
                    continue
                key = _str(target.slice)
                if key is not None and key.lower() in IDENTITY_KEYS and is_session(target.value):
                    what = f"'{key}' written into {dotted(target.value) or 'the session'}"
                    yield Finding.at(assign, "SLS202", what=what, where=where)
                    break
        for call in scope.of(ast.Call):
            func = call.func
            qualified = _qualified(ctx, func)
            if qualified in LOGIN_FUNCTIONS:
                yield Finding.at(call, "SLS202", what=f"{qualified}()", where=where)
            elif isinstance(func, ast.Attribute) and (
                (func.attr in _SESSION_WRITERS and is_session(func.value))
                or (func.attr == "set_session" and _is_request(func.value, is_session.params))
            ):
                keys = _identity_keys(call)
                if keys:
                    what = f"'{keys[0]}' written by {dotted(func) or func.attr}()"
                    yield Finding.at(call, "SLS202", what=what, where=where)


# -- SLS203 in-process-background-work ---------------------------------------------------

#: Functions that start work the request does not wait for.
TASK_SPAWNERS: Final = frozenset(
    {
        "asyncio.create_task",
        "asyncio.ensure_future",
        "asyncio.tasks.create_task",
        "asyncio.tasks.ensure_future",
        "aiojobs.aiohttp.spawn",
    }
)
#: Spawners whose own ``await`` only schedules the work (aiojobs returns the job at once).
DETACHED_WHEN_AWAITED: Final = frozenset({"aiojobs.aiohttp.spawn"})
#: Event loops, and their methods that schedule work on them.
LOOP_GETTERS: Final = frozenset(
    {
        "asyncio.get_event_loop",
        "asyncio.get_running_loop",
        "asyncio.new_event_loop",
        "asyncio.events.get_event_loop",
        "asyncio.events.get_running_loop",
        "tornado.ioloop.IOLoop.current",
        "tornado.ioloop.IOLoop.instance",
    }
)
LOOP_SPAWNERS: Final = frozenset({"create_task", "spawn_callback", "add_callback"})
THREAD_CLASSES: Final = frozenset({"threading.Thread", "threading.Timer"})
EXECUTORS: Final = frozenset(
    {
        "concurrent.futures.ThreadPoolExecutor",
        "concurrent.futures.ProcessPoolExecutor",
        "concurrent.futures.thread.ThreadPoolExecutor",
        "concurrent.futures.process.ProcessPoolExecutor",
    }
)
#: Background tasks run after the response is sent, in this process.
BACKGROUND_TASKS: Final = frozenset(
    {
        "fastapi.BackgroundTasks",
        "fastapi.background.BackgroundTasks",
        "starlette.background.BackgroundTasks",
    }
)
BACKGROUND_TASK: Final = frozenset(
    {
        "starlette.background.BackgroundTask",
        "fastapi.background.BackgroundTask",
        "litestar.background_tasks.BackgroundTask",
        "litestar.BackgroundTask",
    }
)
#: Calls the request waits on: what they are given is not background work.
WAITERS: Final = frozenset(
    {
        "asyncio.gather",
        "asyncio.wait",
        "asyncio.wait_for",
        "asyncio.shield",
        "asyncio.as_completed",
        "asyncio.wrap_future",
        "concurrent.futures.wait",
        "concurrent.futures.as_completed",
    }
)
_WAITING_METHODS: Final = frozenset({"join", "result", "exception", "cancel"})
_COLLECTING_METHODS: Final = frozenset({"append", "add", "extend"})
#: Module-level synchronisation and queues: they coordinate one process only.
PRIMITIVES: Final = frozenset(
    {
        *(f"asyncio.{name}" for name in (
            "Lock", "Semaphore", "BoundedSemaphore", "Event", "Condition", "Queue",
            "PriorityQueue", "LifoQueue",
        )),
        *(f"threading.{name}" for name in (
            "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Condition",
        )),
        *(f"queue.{name}" for name in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue")),
    }
)  # fmt: skip

_WORK: Final = (
    "the work outlives the request inside this process, so a restart, deploy or scale-in"
    " loses it; hand it to a task queue (Celery, RQ, arq, a broker)"
)
_SYNC: Final = (
    "it only coordinates the requests of this one process, and other instances do not see"
    " it; use a lock or queue in shared storage (Redis, the database, a broker)"
)


def _awaited(ctx: Context, scope: Scope) -> tuple[set[int], set[str]]:
    """The calls (ids) and names in ``scope`` whose work the request waits for."""
    calls: set[int] = set()
    names: set[str] = set()

    def take(expr: ast.AST) -> None:
        for node in ast.walk(expr):
            if isinstance(node, ast.Call):
                calls.add(id(node))
            elif isinstance(node, ast.Name):
                names.add(node.id)

    for node in scope.of(ast.Await):
        take(node.value)
    for call in scope.of(ast.Call):
        func = call.func
        if _qualified(ctx, func) in WAITERS:
            for arg in call.args:
                take(arg)
        elif isinstance(func, ast.Attribute) and func.attr in _WAITING_METHODS:
            take(func.value)
    loops: list[ast.For | ast.AsyncFor] = [*scope.of(ast.For), *scope.of(ast.AsyncFor)]
    for loop in loops:
        if isinstance(loop.target, ast.Name) and loop.target.id in names:
            take(loop.iter)  # for task in tasks: await task
    for call in scope.of(ast.Call):  # tasks.append(create_task(...)); await gather(*tasks)
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in _COLLECTING_METHODS
            and isinstance(func.value, ast.Name)
            and func.value.id in names
        ):
            for arg in call.args:
                take(arg)
    todo, done = list(names), set()
    while todo:  # what an awaited name was bound to: t = create_task(...); await t
        name = todo.pop()
        if name in done:
            continue
        done.add(name)
        for value in scope.values.get(name, ()):
            if value is not None:
                take(value)
        todo.extend(names - done)
    return calls, names


def _waited_for(ctx: Context, call: ast.Call, calls: set[int], names: set[str]) -> bool:
    if _qualified(ctx, call.func) in DETACHED_WHEN_AWAITED:
        return False
    if id(call) in calls:
        return True
    func = call.func  # worker.start() ... worker.join()
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "start"
        and isinstance(func.value, ast.Name)
        and func.value.id in names
    )


def _made_by(ctx: Context, scope: Scope, expr: ast.expr, kinds: frozenset[str]) -> str | None:
    """The constructor in ``kinds`` that ``expr`` (a call, or a name bound to one) comes from."""
    if isinstance(expr, ast.Name):
        owner = ctx.index.lookup(scope, expr.id)
        values = owner.values.get(expr.id, []) if owner is not None else []
        made = {_made_by(ctx, scope, v, kinds) if isinstance(v, ast.Call) else None for v in values}
        return made.pop() if len(made) == 1 else None
    if isinstance(expr, ast.Call) and isinstance(expr.func, (ast.Name, ast.Attribute)):
        qualified = ctx.index.imports.resolve(expr.func)
        if qualified in kinds:
            return qualified
        if kinds is THREAD_CLASSES and isinstance(expr.func, ast.Name):
            cls = ctx.index.class_named(scope, expr.func.id)  # class Worker(threading.Thread)
            if cls is not None and _base_names(ctx, cls) & THREAD_CLASSES:
                return expr.func.id
    return None


def _annotated(ctx: Context, scope: Scope, name: str, kinds: frozenset[str]) -> bool:
    annotation = scope.annotations.get(name)
    if isinstance(annotation, ast.Subscript):  # Annotated[BackgroundTasks, ...]
        inner = annotation.slice
        annotation = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
    return isinstance(annotation, (ast.Name, ast.Attribute)) and (
        ctx.index.imports.resolve(annotation) in kinds
    )


def _spawned(ctx: Context, scope: Scope, call: ast.Call, sanic: bool) -> str | None:
    """What ``call`` starts in the background, described for the message; else None."""
    func = call.func
    if isinstance(func, (ast.Name, ast.Attribute)):
        qualified = ctx.index.imports.resolve(func)
        if qualified in TASK_SPAWNERS:
            return f"{qualified}()"
        if qualified in BACKGROUND_TASK:
            return f"{dotted(func)}(...)"
    if not isinstance(func, ast.Attribute):
        return None
    receiver, attr = func.value, func.attr
    text = _callee(func)
    if attr in LOOP_SPAWNERS and _made_by(ctx, scope, receiver, LOOP_GETTERS):
        return f"{text}()"
    if attr == "start":
        thread = _made_by(ctx, scope, receiver, THREAD_CLASSES)
        if thread is not None:
            return f"{thread}(...).start()" if isinstance(receiver, ast.Call) else f"{text}()"
    if attr == "submit" and _made_by(ctx, scope, receiver, EXECUTORS):
        return f"{text}()"
    if attr == "add_task" and isinstance(receiver, ast.Name):
        if _annotated(ctx, scope, receiver.id, BACKGROUND_TASKS) or _made_by(
            ctx, scope, receiver, BACKGROUND_TASKS
        ):
            return f"{text}()"
        if sanic and _made_by(ctx, scope, receiver, _SANIC_APPS):
            return f"{text}()"
    if (
        attr == "add_task"
        and sanic
        and isinstance(receiver, ast.Attribute)
        and receiver.attr == "app"
        and _is_request(receiver.value, _REQUEST_PARAMS)
    ):
        return f"{text}()"  # Sanic request.app.add_task(...)
    return None


_SANIC_APPS: Final = frozenset({"sanic.Sanic", "sanic.app.Sanic"})


def _primitives(ctx: Context) -> dict[str, str]:
    """Module-level locks, events and queues: name -> constructor."""
    allowed = GlobSet(ctx.config.allowed_names)
    found: dict[str, str] = {}
    for name, values in ctx.index.module.values.items():
        if name in allowed:
            continue
        for value in values:
            if isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute)):
                qualified = ctx.index.imports.resolve(value.func)
                if qualified in PRIMITIVES:
                    found[name] = qualified
    return found


def _background_work(ctx: Context) -> Iterator[Finding]:
    primitives = _primitives(ctx)
    sanic = "sanic" in ctx.index.imports.packages
    for scope, _reach in ctx.scope.functions():
        node: FunctionNode = scope.node  # type: ignore[assignment]
        where = ctx.scope.where(node)
        awaited: tuple[set[int], set[str]] | None = None
        for call in scope.of(ast.Call):
            what = _spawned(ctx, scope, call, sanic)
            if what is None:
                continue
            if awaited is None:
                awaited = _awaited(ctx, scope)
            if not _waited_for(ctx, call, *awaited):
                yield Finding.at(call, "SLS203", what=what, where=where, why=_WORK)
        if primitives:
            yield from _primitive_uses(ctx, scope, primitives, where)


def _primitive_uses(
    ctx: Context, scope: Scope, primitives: dict[str, str], where: str
) -> Iterator[Finding]:
    first: dict[str, ast.Name] = {}
    for name in scope.of(ast.Name):
        if (
            name.id in primitives
            and isinstance(name.ctx, ast.Load)
            and ctx.index.lookup(scope, name.id) is ctx.index.module
        ):
            kept = first.get(name.id)
            if kept is None or (name.lineno, name.col_offset) < (kept.lineno, kept.col_offset):
                first[name.id] = name
    if not first:
        return
    # Report at the statement or call that uses it: ``async with lock:``, ``queue.put(x)``.
    places: dict[int, ast.AST] = {}
    statements: list[ast.With | ast.AsyncWith] = [*scope.of(ast.With), *scope.of(ast.AsyncWith)]
    for statement in statements:
        for item in statement.items:
            places[id(item.context_expr)] = statement
    for call in scope.of(ast.Call):
        if isinstance(call.func, ast.Attribute):
            places.setdefault(id(call.func.value), call)
    for name_id, use in first.items():
        what = f"use of module-level {primitives[name_id]} '{name_id}'"
        place = places.get(id(use), use)
        yield Finding.at(place, "SLS203", what=what, where=where, why=_SYNC)


# -- SLS204 mcp-stateful-http-transport --------------------------------------------------

#: MCP server classes: FastMCP (mcp v1, fastmcp), MCPServer (mcp v2), the low-level Server.
MCP_SERVERS: Final = frozenset(
    {
        "mcp.server.fastmcp.FastMCP",
        "mcp.server.fastmcp.server.FastMCP",
        "mcp.server.FastMCP",
        "fastmcp.FastMCP",
        "fastmcp.server.FastMCP",
        "fastmcp.server.server.FastMCP",
        "mcp.server.mcpserver.MCPServer",
        "mcp.server.mcpserver.server.MCPServer",
        "mcp.server.MCPServer",
        "mcp.server.lowlevel.Server",
        "mcp.server.lowlevel.server.Server",
        "mcp.server.Server",
    }
)
#: Server methods that serve a transport: (transport when the call names none, whether the
#: call may name one with ``transport=`` or its first argument).
TRANSPORT_CALLS: Final[Mapping[str, tuple[str, bool]]] = {
    "run": ("stdio", True),
    "run_async": ("stdio", True),  # fastmcp
    "http_app": ("http", True),  # fastmcp
    "run_http_async": ("http", True),  # fastmcp
    "streamable_http_app": ("streamable-http", False),
    "run_streamable_http_async": ("streamable-http", False),
    "sse_app": ("sse", False),
    "run_sse_async": ("sse", False),
}
STREAMABLE_HTTP: Final = frozenset({"streamable-http", "streamable_http", "http"})
SSE: Final = frozenset({"sse"})
#: Low-level transports: their constructor is the place to fix.
SESSION_MANAGERS: Final = frozenset(
    {
        "mcp.server.streamable_http_manager.StreamableHTTPSessionManager",
        "mcp.server.streamable_http.StreamableHTTPSessionManager",
    }
)
SSE_TRANSPORTS: Final = frozenset({"mcp.server.sse.SseServerTransport"})
#: A process-wide switch: ``fastmcp.settings.stateless_http = True``.
GLOBAL_SWITCHES: Final = frozenset({"fastmcp.settings.stateless_http"})

_HTTP_WHY: Final = (
    "serves MCP over streamable HTTP with its sessions kept in this process: a client routed"
    " to another instance or arriving after a restart gets 'Session not found';"
    " pass stateless_http=True"
)
_SSE_WHY: Final = (
    "serves MCP over the SSE transport, which keeps every session's stream in this process"
    " and has no stateless mode: a client routed to another instance loses its session;"
    " serve streamable HTTP with stateless_http=True"
)
_MANAGER_WHY: Final = (
    "keeps MCP sessions in this process: a client routed to another instance or arriving"
    " after a restart gets 'Session not found'; pass stateless=True"
)


def _flag(call: ast.Call, name: str) -> bool | None:
    """A constant keyword's truth; False when absent; None when unknowable (``**kwargs``)."""
    for keyword in call.keywords:
        if keyword.arg is None:
            return None
        if keyword.arg == name:
            value = keyword.value
            return bool(value.value) if isinstance(value, ast.Constant) else None
    return False


def _transport(call: ast.Call, default: str, named: bool) -> str | None:
    if not named:
        return default
    value = _keyword(call, "transport")
    if value is None and call.args:
        value = call.args[0]
    if value is None:
        return None if any(k.arg is None for k in call.keywords) else default
    return _str(value)


def _mcp_transports(ctx: Context) -> Iterator[Finding]:
    index = ctx.index
    if not {"mcp", "fastmcp"} & index.imports.packages:
        return
    switches = _stateless_switches(ctx)
    for scope in (index.module, *index.scopes.values()):
        for call in scope.of(ast.Call):
            func = call.func
            if isinstance(func, (ast.Name, ast.Attribute)):
                qualified = index.imports.resolve(func)
                if qualified in SESSION_MANAGERS and _flag(call, "stateless") is False:
                    what = f"{dotted(func)}(...)"
                    yield Finding.at(call, "SLS204", what=what, why=_MANAGER_WHY)
                    continue
                if qualified in SSE_TRANSPORTS:
                    yield Finding.at(call, "SLS204", what=f"{dotted(func)}(...)", why=_SSE_WHY)
                    continue
            if not isinstance(func, ast.Attribute) or func.attr not in TRANSPORT_CALLS:
                continue
            server = _server(ctx, scope, func.value)
            if server is None:
                continue
            default, named = TRANSPORT_CALLS[func.attr]
            transport = _transport(call, default, named)
            text = f"'{_callee(func)}()'"
            if named:
                text += f" with transport '{transport}'"
            if transport in SSE:
                yield Finding.at(call, "SLS204", what=text, why=_SSE_WHY)
                continue
            if transport not in STREAMABLE_HTTP:
                continue  # stdio (one process per client), or not knowable
            constructor, name = server
            flags = [_flag(constructor, "stateless_http"), _flag(call, "stateless_http")]
            flags.append(switches.get(name, False) if name else False)
            if _resolved_name(ctx, constructor).startswith("fastmcp."):
                flags.append(switches.get("fastmcp", False))
            if any(f is None or f for f in flags):
                continue
            yield Finding.at(call, "SLS204", what=text, why=_HTTP_WHY)


def _resolved_name(ctx: Context, call: ast.Call) -> str:
    func = call.func
    if isinstance(func, (ast.Name, ast.Attribute)):
        return ctx.index.imports.resolve(func) or ""
    return ""


def _server(ctx: Context, scope: Scope, expr: ast.expr) -> tuple[ast.Call, str | None] | None:
    """The constructor call of the MCP server ``expr`` is, and its variable's name."""
    if isinstance(expr, ast.Call):
        return (expr, None) if _resolved_name(ctx, expr) in MCP_SERVERS else None
    if not isinstance(expr, ast.Name):
        return None
    owner = ctx.index.lookup(scope, expr.id)
    values = owner.values.get(expr.id, []) if owner is not None else []
    if len(values) != 1 or not isinstance(values[0], ast.Call):
        return None  # imported, rebound, or made elsewhere: its settings are not visible
    constructor = values[0]
    return (constructor, expr.id) if _resolved_name(ctx, constructor) in MCP_SERVERS else None


def _stateless_switches(ctx: Context) -> dict[str, bool | None]:
    """``mcp.settings.stateless_http = True`` (per server name) and ``fastmcp.settings...``."""
    switches: dict[str, bool | None] = {}
    index = ctx.index
    for scope in (index.module, *index.scopes.values()):
        for assign in scope.of(ast.Assign):
            value = assign.value
            flag = bool(value.value) if isinstance(value, ast.Constant) else None
            for target in assign.targets:
                if not isinstance(target, ast.Attribute) or target.attr != "stateless_http":
                    continue
                if index.imports.resolve(target) in GLOBAL_SWITCHES:
                    switches["fastmcp"] = flag
                    continue
                holder = target.value
                if (
                    isinstance(holder, ast.Attribute)
                    and holder.attr == "settings"
                    and isinstance(holder.value, ast.Name)
                ):
                    switches[holder.value.id] = flag
    return switches
