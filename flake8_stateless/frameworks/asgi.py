"""FastAPI and Starlette."""

from __future__ import annotations

from .base import (
    VERB_METHODS,
    AppObject,
    Arg,
    Backends,
    BackgroundWork,
    Framework,
    HandlerCall,
    HandlerClass,
    Lifetime,
    Requests,
    Routes,
    frozen,
    verbs,
)

_ENDPOINT = (Arg(1, "endpoint"),)

_STARLETTE_REGISTRARS = frozen(
    {
        "add_route": _ENDPOINT,
        "add_websocket_route": _ENDPOINT,
        "add_exception_handler": (Arg(1, "handler"),),
    }
)

#: asgi-idempotency-header's middleware handles idempotency keys (SLS201).
_IDEMPOTENCY_MIDDLEWARE = ("idempotency_header_middleware*",)

_REQUEST = Requests(params=frozenset({"request"}))

STARLETTE = Framework(
    name="starlette",
    data_folders=("starlette",),
    readme="Starlette",
    packages=frozenset({"starlette"}),
    objects=(
        AppObject(
            constructors=(
                "starlette.applications.Starlette",
                "starlette.routing.Router",
            ),
            # Starlette 1.x dropped these decorators; older releases still have them.
            decorators=frozenset({"route", "websocket_route", "middleware", "exception_handler"}),
            registrars=_STARLETTE_REGISTRARS,
            app_state=frozenset({"state"}),
        ),
    ),
    calls=(
        HandlerCall(
            callees=("starlette.routing.Route", "starlette.routing.WebSocketRoute"),
            args=_ENDPOINT,
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=("starlette.endpoints.HTTPEndpoint", "starlette.endpoints.WebSocketEndpoint"),
            kind="Starlette endpoint",
        ),
        # The middleware stack is built once (starlette/applications.py build_middleware_stack).
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=("starlette.middleware.base.BaseHTTPMiddleware",),
            methods=frozenset({"dispatch"}),
            kind="Starlette middleware",
        ),
    ),
    requests=_REQUEST,
    routes=Routes(
        method_decorators={"starlette.routing.Route": None},  # methods=[...], GET when none
        get_by_default=frozenset({"route", "add_route", "Route"}),
        method_keywords=frozenset({"methods"}),
        path_keywords=frozenset({"path"}),
        verb_methods=VERB_METHODS,
        request_hooks=frozenset({"middleware"}),
        idempotency_packages=_IDEMPOTENCY_MIDDLEWARE,
    ),
    # Background tasks run after the response is sent, in this process (SLS203).
    background=BackgroundWork(
        task_lists=frozenset({"starlette.background.BackgroundTasks"}),
        tasks=frozenset({"starlette.background.BackgroundTask"}),
    ),
    # slowapi (Starlette and FastAPI): with no storage_uri it counts in memory://; it reads
    # RATELIMIT_STORAGE_URL from the environment, not from an app's config.
    backends=Backends(
        extensions=frozenset({"slowapi"}),
        limiters={"slowapi.Limiter": False, "slowapi.extension.Limiter": False},
        local_storage_uri=r"^(async\+)?memory://",
    ),
)

FASTAPI = Framework(
    name="fastapi",
    data_folders=("fastapi",),
    readme="FastAPI",
    packages=frozenset({"fastapi"}),
    objects=(
        AppObject(
            constructors=(
                "fastapi.FastAPI",
                "fastapi.applications.FastAPI",
                "fastapi.APIRouter",
                "fastapi.routing.APIRouter",
            ),
            decorators=verbs(
                "api_route",
                "route",
                "websocket",
                "websocket_route",
                "middleware",
                "exception_handler",
            ),
            registrars=frozen(
                {
                    **_STARLETTE_REGISTRARS,
                    "add_api_route": _ENDPOINT,
                    "add_api_websocket_route": _ENDPOINT,
                }
            ),
            app_state=frozenset({"state"}),
        ),
    ),
    calls=(
        HandlerCall(
            callees=(
                "fastapi.Depends",
                "fastapi.Security",
                "fastapi.params.Depends",
                "fastapi.params.Security",
                "fastapi.param_functions.Depends",
                "fastapi.param_functions.Security",
            ),
            args=(Arg(0, "dependency"),),
        ),
        HandlerCall(
            callees=("fastapi.routing.APIRoute", "fastapi.routing.APIWebSocketRoute"),
            args=_ENDPOINT,
        ),
    ),
    requests=_REQUEST,
    routes=Routes(
        method_decorators={"fastapi.routing.APIRoute": None},
        get_by_default=frozenset({"route", "api_route", "add_route", "add_api_route"}),
        method_keywords=frozenset({"methods"}),
        path_keywords=frozenset({"path"}),
        request_hooks=frozenset({"middleware"}),
        idempotency_packages=_IDEMPOTENCY_MIDDLEWARE,
    ),
    background=BackgroundWork(
        task_lists=frozenset({"fastapi.BackgroundTasks", "fastapi.background.BackgroundTasks"}),
        tasks=frozenset({"fastapi.background.BackgroundTask"}),
    ),
)
