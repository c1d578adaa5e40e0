"""aiohttp, Sanic, Tornado and Falcon."""

from __future__ import annotations

from .base import (
    HTTP_METHODS,
    VERB_METHODS,
    AppObject,
    Arg,
    BackendDefault,
    Backends,
    BackgroundWork,
    Framework,
    HandlerCall,
    HandlerClass,
    Lifetime,
    LocalBackend,
    ModuleConvention,
    Requests,
    Routes,
    Sessions,
    frozen,
    verbs,
)

_AIOHTTP_ROUTER = AppObject(
    constructors=("aiohttp.web.UrlDispatcher", "aiohttp.web_urldispatcher.UrlDispatcher"),
    registrars=frozen(
        {
            **{f"add_{verb}": (Arg(1, "handler"),) for verb in HTTP_METHODS - {"trace"}},
            "add_route": (Arg(2, "handler"),),
            "add_view": (Arg(1, "handler"),),
        }
    ),
)

AIOHTTP = Framework(
    name="aiohttp",
    data_folders=("aiohttp",),
    readme="aiohttp",
    packages=frozenset({"aiohttp"}),
    objects=(
        AppObject(
            constructors=("aiohttp.web.RouteTableDef", "aiohttp.web_routedef.RouteTableDef"),
            decorators=verbs("route", "view"),
        ),
        AppObject(
            constructors=("aiohttp.web.Application", "aiohttp.web_app.Application"),
            attributes={"router": _AIOHTTP_ROUTER},
            app_mapping=True,
        ),
        _AIOHTTP_ROUTER,
    ),
    decorators=("aiohttp.web.middleware", "aiohttp.web_middlewares.middleware"),
    calls=(
        HandlerCall(
            callees=(
                *tuple(f"aiohttp.web.{verb}" for verb in sorted(HTTP_METHODS - {"trace"})),
                "aiohttp.web.view",
            ),
            args=(Arg(1, "handler"),),
        ),
        HandlerCall(callees=("aiohttp.web.route",), args=(Arg(2, "handler"),)),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=("aiohttp.web.View", "aiohttp.web_urldispatcher.View"),
            kind="aiohttp view",
        ),
    ),
    # Handlers in views.py/handlers.py are registered from another module.
    modules=(ModuleConvention(filenames=frozenset({"views.py", "handlers.py"}), async_only=True),),
    requests=Requests(params=frozenset({"request"}), self_attributes=frozenset({"request"})),
    routes=Routes(
        get_by_default=frozenset({"route", "add_route"}),  # route("POST", path, handler)
        path_keywords=frozenset({"path"}),
        verb_methods=VERB_METHODS,
        hook_decorators=frozenset({"aiohttp.web.middleware", "aiohttp.web_middlewares.middleware"}),
    ),
    # aiojobs' spawn returns the job at once: awaiting it does not wait for the work (SLS203).
    background=BackgroundWork(
        spawners=frozenset({"aiojobs.aiohttp.spawn"}),
        detached_when_awaited=frozenset({"aiojobs.aiohttp.spawn"}),
    ),
    # aiohttp-session (SLS202).
    sessions=Sessions(
        getters=frozenset({"aiohttp_session.get_session", "aiohttp_session.new_session"})
    ),
)

#: sanic-session (0.8): InMemorySessionInterface keeps sessions in an ExpiringDict of the
#: process (sanic_session/memory.py 30), and Session(app) with no interface uses one
#: (sanic_session/__init__.py 24: ``interface or InMemorySessionInterface()``).
_SANIC_MEMORY_SESSIONS = LocalBackend("sanic-session InMemorySessionInterface", "sessions")

SANIC = Framework(
    name="sanic",
    data_folders=("sanic",),
    readme="Sanic",
    packages=frozenset({"sanic"}),
    objects=(
        AppObject(
            constructors=(
                "sanic.Sanic",
                "sanic.app.Sanic",
                "sanic.Blueprint",
                "sanic.blueprints.Blueprint",
            ),
            decorators=verbs(
                "route", "websocket", "middleware", "on_request", "on_response", "exception"
            ),
            registrars=frozen(
                {
                    "add_route": (Arg(0, "handler"),),
                    "add_websocket_route": (Arg(0, "handler"),),
                    "register_middleware": (Arg(0, "middleware"),),
                }
            ),
            # app.ctx is per worker process (frameworks.md B.3).
            app_state=frozenset({"config", "ctx"}),
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=("sanic.views.HTTPMethodView", "sanic.HTTPMethodView"),
            kind="Sanic view",
        ),
    ),
    class_config=frozenset({"decorators"}),
    # request.ctx is the request's own store (Sanic's docs: "Request context").
    requests=Requests(params=frozenset({"request"}), stores=frozenset({"ctx"})),
    routes=Routes(
        get_by_default=frozenset({"route", "add_route"}),
        method_keywords=frozenset({"methods"}),
        path_keywords=frozenset({"uri"}),
        verb_methods=VERB_METHODS,
        request_hooks=frozenset({"middleware", "on_request"}),
    ),
    backends=Backends(
        # app.config.update_config(...) writes the app's config (SLS108).
        config_writers=frozenset({"update_config"}),
        local_backends={
            "sanic_session.InMemorySessionInterface": _SANIC_MEMORY_SESSIONS,
            "sanic_session.memory.InMemorySessionInterface": _SANIC_MEMORY_SESSIONS,
        },
        defaults={
            "sanic_session.Session": BackendDefault(
                backend=Arg(1, "interface"), fallback=_SANIC_MEMORY_SESSIONS, when=Arg(0, "app")
            )
        },
    ),
    # app.add_task(...) (and request.app.add_task) runs beside the requests (SLS203).
    background=BackgroundWork(task_apps=frozenset({"sanic.Sanic", "sanic.app.Sanic"})),
)

TORNADO = Framework(
    name="tornado",
    data_folders=("tornado",),
    readme="Tornado",
    packages=frozenset({"tornado"}),
    classes=(
        # One instance per request (RequestHandler) or per connection (WebSocketHandler).
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=("tornado.web.RequestHandler", "tornado.websocket.WebSocketHandler"),
            kind="Tornado handler",
            # RequestHandler.settings is self.application.settings.
            app_state_paths=frozenset({"application.settings", "settings"}),
        ),
    ),
    class_config=frozenset({"SUPPORTED_METHODS"}),
    requests=Requests(self_attributes=frozenset({"request"})),
    routes=Routes(verb_methods=VERB_METHODS),
    background=BackgroundWork(
        loop_getters=frozenset({"tornado.ioloop.IOLoop.current", "tornado.ioloop.IOLoop.instance"}),
        loop_spawners=frozenset({"spawn_callback", "add_callback"}),
    ),
)

FALCON = Framework(
    name="falcon",
    data_folders=("falcon",),
    readme="Falcon",
    packages=frozenset({"falcon"}),
    objects=(
        AppObject(
            constructors=("falcon.App", "falcon.API", "falcon.asgi.App", "falcon.app.App"),
            registrars=frozen(
                {"add_sink": (Arg(0, "sink"),), "add_error_handler": (Arg(1, "handler"),)}
            ),
        ),
    ),
    classes=(
        # One resource instance per add_route serves every request.
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            method_pattern=r"on_(get|post|put|patch|delete|head|options|websocket)(_\w+)?",
            kind="Falcon resource",
        ),
        # Falcon FAQ: "Middleware objects and other types of hooks ... are likewise shared".
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            method_pattern=r"process_(request|resource|response)(_ws)?",
            kind="Falcon middleware",
        ),
    ),
    requests=Requests(params=frozenset({"req"})),
    routes=Routes(responders=r"on_(?P<verb>post|patch)(_\w+)?"),
)
