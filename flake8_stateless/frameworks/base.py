"""The shapes a framework uses to run code per request, expressed as data.

Each framework module builds one :class:`Framework`; adding a framework is adding
such a table, not editing visitors. Qualified names are the public import paths
and the defining module paths (``fastapi.FastAPI`` and ``fastapi.applications.FastAPI``);
patterns may use fnmatch wildcards (``django.views.generic.*``).
"""

from __future__ import annotations

import ast
import fnmatch
import os
import re
from collections.abc import Iterable, Mapping
from enum import Enum
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final, NamedTuple

#: The empty default of the tables' mappings (read-only: one object serves every row).
_NOTHING: Final[Mapping[str, Any]] = MappingProxyType({})
HTTP_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "trace"})


class GlobSet:
    """A set of fnmatch patterns (case-sensitive).

    Most patterns are plain names, answered by one set lookup; the wildcard ones are
    joined into one regex, compiled on the first question that needs it (shared by
    every set with the same wildcards), so building the tables costs nothing at import.
    """

    __slots__ = ("_exact", "_wildcards", "patterns")

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = tuple(patterns)
        self._exact = frozenset(p for p in self.patterns if not _WILDCARD.search(p))
        self._wildcards = tuple(p for p in self.patterns if _WILDCARD.search(p))

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if name in self._exact:
            return True
        return bool(self._wildcards) and _compiled(self._wildcards).match(name) is not None

    def __bool__(self) -> bool:
        return bool(self.patterns)


_WILDCARD = re.compile(r"[*?[]")


@lru_cache(maxsize=256)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(fnmatch.translate(p) for p in patterns))


class Arg(NamedTuple):
    """Where a call takes its handler: a position and/or a keyword (``on_*`` allowed)."""

    position: int | None = None
    keyword: str | None = None


class Lifetime(Enum):
    """How long the framework keeps an instance of a handler class."""

    REQUEST = "request"  # one instance per request (or per connection)
    PROCESS = "process"  # one instance serves every request


class AppObject(NamedTuple):
    """An object whose methods register handlers: ``app = FastAPI(); @app.get(...)``."""

    constructors: tuple[str, ...]
    decorators: frozenset[str] = frozenset()
    registrars: Mapping[str, tuple[Arg, ...]] = _NOTHING
    #: attributes that are themselves registering objects (aiohttp ``app.router``)
    attributes: Mapping[str, AppObject] = _NOTHING
    #: attributes holding application-wide state: ``app.state``, ``app.config`` (SLS108)
    app_state: frozenset[str] = frozenset()
    #: the object is itself a mapping of application-wide state (aiohttp ``app["key"]``)
    app_mapping: bool = False
    #: methods that change what the server offers (``mcp.add_tool``): setup only (SLS108)
    registry_methods: frozenset[str] = frozenset()
    #: decorators whose result is itself a registering object: Robyn's
    #: ``@app.websocket("/ws") async def chat(ws)`` makes ``chat``, whose ``@chat.on_connect``
    #: and ``@chat.on_close`` register the connection's other handlers
    decorated: Mapping[str, AppObject] = _NOTHING


class HandlerCall(NamedTuple):
    """A call that registers its argument as a handler: ``Route("/", endpoint)``."""

    callees: tuple[str, ...]
    args: tuple[Arg, ...]
    #: the arguments are instances (or a list of them) of handler classes of this row, not
    #: functions: gRPC's ``add_GreeterServicer_to_server(Greeter(), server)``
    instances: HandlerClass | None = None


class HandlerClass(NamedTuple):
    """Classes whose methods the framework calls per request.

    ``bases`` are qualified base-class patterns; ``methods`` the request-scope
    methods (``None``: every instance method, for classes made per request).
    ``method_pattern`` recognises classes by their methods instead (Falcon
    responders), in files that import the framework.
    """

    lifetime: Lifetime
    bases: tuple[str, ...] = ()
    methods: frozenset[str] | None = None
    method_pattern: str | None = None
    #: a class whose ``__init__`` takes this parameter (Django's ``get_response``)
    init_param: str | None = None
    #: class attributes whose values are request hooks (Litestar ``after_request = fn``)
    hook_attributes: frozenset[str] = frozenset()
    #: what one instance is, for messages (``"Falcon resource"``)
    kind: str = ""
    #: a class attribute and the value that makes one instance serve every request,
    #: although the lifetime is otherwise per request (Flask ``init_every_request = False``)
    shared_when: tuple[str, bool] | None = None
    #: attribute paths from ``self`` to application-wide state (Tornado
    #: ``self.application.settings``) (SLS108)
    app_state_paths: frozenset[str] = frozenset()
    #: with neither ``methods`` nor ``method_pattern``, the public instance methods whose
    #: parameters after ``self``, joined by ", ", match this regex (gRPC's
    #: ``(self, request, context)``), instead of every instance method
    signature: str | None = None
    #: only ``async def`` methods are handlers (grpclib)
    async_only: bool = False
    #: the framework calls the handler methods through the class, with a value of the call
    #: first (Graphene's resolvers are implicit static methods: ``resolve_x(root, info)``):
    #: their first parameter is not the instance, whatever it is called
    unbound: bool = False

    @property
    def base_patterns(self) -> GlobSet:
        return _glob_set(self.bases)

    @property
    def method_regex(self) -> re.Pattern[str] | None:
        return _regex(self.method_pattern) if self.method_pattern else None

    @property
    def signature_regex(self) -> re.Pattern[str] | None:
        return _regex(self.signature) if self.signature else None


#: The tables' patterns, built once each (the rows are read for every class of every file).
_glob_set = lru_cache(maxsize=None)(GlobSet)
_regex = lru_cache(maxsize=None)(re.compile)


class ModuleConvention(NamedTuple):
    """Functions that are handlers by where they live: Django ``views.py``."""

    filenames: frozenset[str]
    first_param: str = "request"
    async_only: bool = False

    def names(self, path: str) -> bool:
        """Whether the module at ``path`` is one: by its file name (``views.py``) or, for a
        module of a package folder, by the folder's (``views/list.py``)."""
        filename = os.path.basename(path)
        if filename in self.filenames:
            return True
        folder = os.path.basename(os.path.dirname(path))
        return filename.endswith(".py") and folder + ".py" in self.filenames


class EntryFunction(NamedTuple):
    """Functions that are handlers by their name and parameters: the platform calls a function
    that only the deployment names (AWS Lambda's ``def lambda_handler(event, context)``, Azure
    Functions v1 ``def main(req: func.HttpRequest)``). Every condition given must hold."""

    #: the function's names (empty: any name)
    names: frozenset[str] = frozenset()
    #: a regex that the positional parameter names, joined by ", ", match in full
    params: str | None = None
    #: qualified patterns: some parameter is annotated with one (``LambdaContext``,
    #: ``azure.functions.*``; ``func.Out[str]`` counts as ``func.Out``)
    annotations: tuple[str, ...] = ()
    #: only a function defined at module level (else any function, methods included)
    module_level: bool = True
    #: the shape alone is enough: the module need not import the framework (a Lambda handler
    #: often imports nothing but boto3)
    unimported: bool = False

    @property
    def params_regex(self) -> re.Pattern[str] | None:
        return _regex(self.params) if self.params else None

    @property
    def annotation_patterns(self) -> GlobSet:
        return _glob_set(self.annotations)


class SharedState(NamedTuple):
    """Application-wide objects a handler reaches other than through its app object's
    attributes (``AppObject.app_state``) (SLS108)."""

    #: imported proxies to the application serving the request (``flask.current_app``)
    current_app: frozenset[str] = frozenset()
    #: imported application-wide configuration -> how a message names it
    #: (``django.conf.settings``: "Django settings")
    settings: Mapping[str, str] = _NOTHING
    #: annotations of handler parameters that receive the application state (Litestar
    #: ``state: State``)
    annotations: frozenset[str] = frozenset()
    #: attributes holding one object every client shares, in files importing the framework
    #: -> how a message names it (MCP ``ctx.request_context.lifespan_context``)
    shared_attributes: Mapping[str, str] = _NOTHING
    #: attributes through which a handler reaches the server it runs on (``ctx.fastmcp``)
    server_attributes: frozenset[str] = frozenset()


#: Handler-class methods named after the HTTP method they serve (``def post(self, ...)``).
VERB_METHODS: Final[Mapping[str, str]] = MappingProxyType(
    {verb: verb.upper() for verb in ("get", "post", "put", "patch", "delete", "head", "options")}
)


class Routes(NamedTuple):
    """How a framework's routes name their HTTP methods and paths, and what runs for every
    request of an app (SLS201)."""

    #: decorators and registering calls (qualified) -> the methods they fix, or ``None``:
    #: the methods the call lists (``methods=``, a first list), GET when none
    method_decorators: Mapping[str, frozenset[str] | None] = _NOTHING
    #: route decorators and registering methods (by name) whose methods default to GET
    get_by_default: frozenset[str] = frozenset()
    #: keywords that list a route's methods, and that give its path
    method_keywords: frozenset[str] = frozenset()
    path_keywords: frozenset[str] = frozenset()
    #: handler-class methods named after the HTTP method they serve -> that method
    verb_methods: Mapping[str, str] = _NOTHING
    #: a regex of handler-class method names with a ``verb`` group (Falcon ``on_post``)
    responders: str | None = None
    #: action methods -> their HTTP method, in classes with these bases (DRF viewsets)
    actions: Mapping[str, str] = _NOTHING
    action_bases: tuple[str, ...] = ()
    #: decorators (by name on an app object, or qualified) of functions that run for every
    #: request of the app: ``@app.before_request``, ``@web.middleware``
    request_hooks: frozenset[str] = frozenset()
    hook_decorators: frozenset[str] = frozenset()
    #: patterns of modules whose middleware or decorators handle idempotency keys
    idempotency_packages: tuple[str, ...] = ()


class BackgroundWork(NamedTuple):
    """A framework's APIs that run work in this process beyond one request (SLS203)."""

    #: calls that start work the request does not wait for (``aiojobs.aiohttp.spawn``)
    spawners: frozenset[str] = frozenset()
    #: of those, the ones whose own ``await`` only schedules the work
    detached_when_awaited: frozenset[str] = frozenset()
    #: calls that return an event loop, and its methods that schedule work on it
    loop_getters: frozenset[str] = frozenset()
    loop_spawners: frozenset[str] = frozenset()
    #: classes whose ``add_task`` runs work after the response (``BackgroundTasks``), made
    #: or received as an annotated parameter
    task_lists: frozenset[str] = frozenset()
    #: constructors of one such task (``BackgroundTask(fn)``)
    tasks: frozenset[str] = frozenset()
    #: apps whose ``add_task`` starts a task beside the requests (Sanic), reached as
    #: ``request.app`` too
    task_apps: frozenset[str] = frozenset()


class Requests(NamedTuple):
    """How a handler reaches the request it serves (SLS202, SLS203)."""

    #: parameter names of the request object (Falcon's ``req``)
    params: frozenset[str] = frozenset()
    #: handler-class attributes that hold it (Django views' ``self.request``)
    self_attributes: frozenset[str] = frozenset()
    #: request attributes that are the request's own store (Sanic ``request.ctx``)
    stores: frozenset[str] = frozenset()


class Sessions(NamedTuple):
    """A framework's server-side session and login APIs (SLS202)."""

    #: functions that log a user in by writing the session (``flask_login.login_user``)
    login_functions: frozenset[str] = frozenset()
    #: session objects reached through imports (``flask.session``)
    objects: frozenset[str] = frozenset()
    #: calls that return the request's session (``aiohttp_session.get_session``)
    getters: frozenset[str] = frozenset()


class Transports(NamedTuple):
    """How a server is served over the network, and whether it keeps sessions (SLS204)."""

    #: the server classes
    servers: frozenset[str]
    #: server methods that serve a transport -> (the transport when the call names none,
    #: whether the call may name one with ``transport=`` or its first argument)
    calls: Mapping[str, tuple[str, bool]]
    #: transport names of streamable HTTP (stateful unless told), and of SSE (always)
    streamable_http: frozenset[str]
    sse: frozenset[str]
    #: low-level transports, whose constructor is the place to fix
    session_managers: frozenset[str] = frozenset()
    sse_transports: frozenset[str] = frozenset()
    #: process-wide switches (``fastmcp.settings.stateless_http``)
    global_switches: frozenset[str] = frozenset()


class LocalBackend(NamedTuple):
    """A backend kept in one process, as a message names it (SLS109)."""

    label: str
    #: what it keeps: "sessions", "the cache"
    keeps: str


class BackendDefault(NamedTuple):
    """A call that falls back to a process-local backend when it is given none (SLS109)."""

    #: where it takes the backend (``Session(app, interface=...)``)
    backend: Arg
    fallback: LocalBackend
    #: only when this argument is given too (the app: ``Session()`` alone sets up nothing)
    when: Arg | None = None


class Backends(NamedTuple):
    """Session, cache and rate-limit backends a framework and its extensions are configured
    with, and which of them keep data in one process or on one host (SLS109).

    Settings are upper-case names assigned in settings modules, config classes or the app's
    config (``CACHES``, ``SESSION_TYPE``)."""

    #: setting -> {string value: label}: values that name a process-local backend
    local_values: Mapping[str, Mapping[str, str]] = _NOTHING
    #: settings that map aliases to ``{"BACKEND": ...}`` (Django ``CACHES``) -> what their
    #: backends keep, for the message: their ``local_values`` are a backend's, and only
    #: the ``default`` alias is judged (and the session cache's)
    aliased_settings: Mapping[str, str] = _NOTHING
    #: setting -> {class: label}: objects given as the setting that keep data in-process
    local_objects: Mapping[str, Mapping[str, str]] = _NOTHING
    #: setting -> (a value, the setting that gives it its client, the fallback without
    #: one): Flask-Session ``SESSION_TYPE = "cachelib"`` without ``SESSION_CACHELIB``
    client_values: Mapping[str, tuple[str, str, str]] = _NOTHING
    #: settings only read with the others (``SESSION_CACHE_ALIAS``): never a settings
    #: module's mark on their own
    other_settings: frozenset[str] = frozenset()
    #: packages whose modules may configure a backend without importing the framework
    extensions: frozenset[str] = frozenset()
    #: calls that take settings as keywords (``django.conf.settings.configure``)
    configure_calls: frozenset[str] = frozenset()
    #: packages whose apps write their config in code (``app.config[...] = ...``), and the
    #: methods of ``app.config`` that load it from elsewhere or write a mapping
    config_packages: frozenset[str] = frozenset()
    config_loaders: frozenset[str] = frozenset()
    config_writers: frozenset[str] = frozenset()
    #: extension constructors that take ``config={...}`` (Flask-Caching ``Cache``)
    config_takers: frozenset[str] = frozenset()
    #: the default cache's label when no cache is configured (Django's LocMemCache), and
    #: the session engines kept in the cache
    default_cache: str | None = None
    cache_sessions: frozenset[str] = frozenset()
    #: a setting only a whole settings module has (Django ``INSTALLED_APPS``)
    settings_anchor: str | None = None
    #: rate limiters -> whether their storage may come from the app's config; settings
    #: that hold a storage URI, and the pattern of an in-process one
    limiters: Mapping[str, bool] = _NOTHING
    storage_settings: frozenset[str] = frozenset()
    local_storage_uri: str | None = None
    #: classes whose instances keep sessions or a cache in this process wherever they are
    #: made (sanic-session ``InMemorySessionInterface``); calls that fall back to one when
    #: given no backend (sanic-session ``Session(app)``)
    local_backends: Mapping[str, LocalBackend] = _NOTHING
    defaults: Mapping[str, BackendDefault] = _NOTHING
    #: stores given to the app (``stores=``): calls that take them, registries, session
    #: configs -> the store name they use, classes of process-local stores -> label
    store_owners: frozenset[str] = frozenset()
    store_registries: frozenset[str] = frozenset()
    session_stores: Mapping[str, str] = _NOTHING
    local_stores: Mapping[str, str] = _NOTHING


class Framework:
    """One framework's table. Hashed by identity: one instance per framework."""

    def __init__(
        self,
        *,
        name: str,
        packages: frozenset[str],
        objects: tuple[AppObject, ...] = (),
        decorators: tuple[str, ...] = (),
        calls: tuple[HandlerCall, ...] = (),
        classes: tuple[HandlerClass, ...] = (),
        modules: tuple[ModuleConvention, ...] = (),
        middleware_factory_param: str | None = None,
        class_config: frozenset[str] = frozenset(),
        connection_sessions: frozenset[str] = frozenset(),
        generated_modules: tuple[str, ...] = (),
        cookie_sessions: bool = False,
        without_import: bool = False,
        entry_functions: tuple[EntryFunction, ...] = (),
        decorator_factories: tuple[str, ...] = (),
        shared_state: SharedState | None = None,
        routes: Routes | None = None,
        background: BackgroundWork | None = None,
        requests: Requests | None = None,
        sessions: Sessions | None = None,
        transports: Transports | None = None,
        backends: Backends | None = None,
        data_folders: tuple[str, ...] = (),
        readme: str = "",
    ) -> None:
        self.name = name
        self.packages = packages
        self.objects = objects
        #: qualified names (patterns) of bare decorators that make a handler
        self.decorators = decorators
        self.calls = calls
        self.classes = classes
        self.modules = modules
        #: ``def f(get_response): def middleware(request): ...`` (Django)
        self.middleware_factory_param = middleware_factory_param
        #: class attributes the framework only reads (DRF ``permission_classes``): a list
        #: there is configuration, not shared state (SLS107)
        self.class_config = class_config
        #: session objects that, in this framework's handlers, are its own per-connection
        #: store (Flask-SocketIO's copy of ``flask.session``): never a login kept in a
        #: server session (SLS202)
        self.connection_sessions = connection_sessions
        #: patterns of the last name of modules a code generator writes for the framework
        #: (``*_pb2_grpc``): importing one counts as importing the framework, as generated
        #: modules are often missing from the linted tree (and need not import it)
        self.generated_modules = generated_modules
        #: ``request.session`` in this framework's handlers is a signed cookie (BlackSheep
        #: ``use_sessions(secret)``, Robyn): the client carries it, so a login written there is
        #: not kept in a server session (SLS202)
        self.cookie_sessions = cookie_sessions
        #: the rows are recognised by their shape alone, in files that do not import the
        #: framework: a Django middleware (``__init__(self, get_response)``, a factory taking
        #: ``get_response``) is named by dotted path in settings and need not import django
        self.without_import = without_import
        #: functions that are handlers by their name and parameters
        self.entry_functions = entry_functions
        #: qualified names (patterns) of decorators that make handler decorators (Powertools'
        #: ``lambda_handler_decorator``): a same-module function decorated with one makes every
        #: function it decorates a handler (list the factory in ``decorators`` too: the made
        #: decorator's own body runs per call)
        self.decorator_factories = decorator_factories

        # What the rules beyond request scope need to know of the framework (empty: nothing).
        self.shared_state = shared_state or SharedState()
        self.routes = routes or Routes()
        self.background = background or BackgroundWork()
        self.requests = requests or Requests()
        self.sessions = sessions or Sessions()
        self.transports = transports
        self.backends = backends or Backends()
        #: the folders of ``tests/data`` that test it, and the bold name of its bullet in the
        #: README's "Frameworks and request scope" (checked by ``tests/test_frameworks.py``)
        self.data_folders = data_folders
        self.readme = readme

    def shaped(self, statements: Iterable[ast.stmt]) -> bool:
        """Whether ``statements`` define this framework's shapes that need no import of it
        (``without_import``): a class whose ``__init__`` takes a row's ``init_param`` first, a
        function whose only parameter is ``middleware_factory_param``."""
        if not self.without_import:
            return False
        init_params = {row.init_param for row in self.classes if row.init_param is not None}
        for stmt in statements:
            if isinstance(stmt, ast.ClassDef):
                for item in stmt.body:
                    if (
                        isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
                        and item.name == "__init__"
                        and any(a.arg in init_params for a in item.args.args[1:2])
                    ):
                        return True
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = stmt.args.args
                if len(args) == 1 and args[0].arg == self.middleware_factory_param:
                    return True
        return False


def verbs(*extra: str) -> frozenset[str]:
    return HTTP_METHODS | frozenset(extra)


def frozen(mapping: Mapping[str, tuple[Arg, ...]]) -> Mapping[str, tuple[Arg, ...]]:
    return MappingProxyType(dict(mapping))
