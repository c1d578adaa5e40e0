"""Litestar."""

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
    SharedState,
)

_HANDLER_DECORATORS = (
    "get", "post", "put", "patch", "delete", "head", "route", "websocket", "websocket_listener",
    "asgi",
)  # fmt: skip
_DECORATORS = (*(f"litestar.{name}" for name in _HANDLER_DECORATORS), "litestar.handlers.*")

_HOOK_NAMES = frozenset(
    {
        "before_request",
        "after_request",
        "after_response",
        "before_send",
        "after_exception",
    }
)
_HOOKS = tuple(Arg(keyword=hook) for hook in sorted(_HOOK_NAMES))

#: Controller attributes Litestar reads when it builds the router (SLS107).
_CONTROLLER_CONFIG = frozenset(
    {
        "path",
        "guards",
        "dependencies",
        "middleware",
        "tags",
        "opts",
        "owner",
        "parameters",
        "response_headers",
        "response_cookies",
        "response_class",
        "exception_handlers",
        "security",
        "signature_namespace",
        "type_encoders",
        "type_decoders",
        "dto",
        "return_dto",
        "include_in_schema",
        "cache_control",
        "etag",
        "request_class",
        "websocket_class",
        "request_max_body_size",
        *_HOOK_NAMES,
    }
)

#: Handler decorators by HTTP method (``@post`` is POST), from each module that exports them.
_VERB_DECORATORS = {
    f"{module}.{verb}": frozenset({method})
    for module in ("litestar", "litestar.handlers", "litestar.handlers.http_handlers")
    for verb, method in VERB_METHODS.items()
}
_ROUTE_DECORATORS = (
    "litestar.route",
    "litestar.handlers.route",
    "litestar.handlers.http_handlers.route",
)

LITESTAR = Framework(
    name="litestar",
    data_folders=("litestar",),
    readme="Litestar",
    packages=frozenset({"litestar"}),
    # Routes come from decorators; the app object matters for its state (SLS108).
    objects=(
        AppObject(
            constructors=("litestar.Litestar", "litestar.app.Litestar"),
            app_state=frozenset({"state"}),
        ),
    ),
    decorators=_DECORATORS,
    calls=(
        HandlerCall(
            callees=("litestar.di.Provide", "litestar.Provide"), args=(Arg(0, "dependency"),)
        ),
        HandlerCall(
            callees=("litestar.background_tasks.BackgroundTask", "litestar.BackgroundTask"),
            args=(Arg(0, "fn"),),
        ),
        HandlerCall(
            callees=(
                "litestar.Litestar",
                "litestar.app.Litestar",
                "litestar.Router",
                "litestar.router.Router",
                *_DECORATORS,
            ),
            args=_HOOKS,
        ),
    ),
    classes=(
        # Handler methods are found by their decorators; the lifetime matters to SLS106.
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=("litestar.Controller", "litestar.controller.Controller"),
            methods=frozenset(),
            hook_attributes=_HOOK_NAMES,
            kind="Litestar controller",
        ),
    ),
    class_config=_CONTROLLER_CONFIG,
    # A handler parameter ``state: State`` receives the app's state (SLS108).
    shared_state=SharedState(
        annotations=frozenset(
            {"litestar.datastructures.State", "litestar.datastructures.state.State"}
        )
    ),
    requests=Requests(params=frozenset({"request"})),
    routes=Routes(
        method_decorators={
            **_VERB_DECORATORS,
            **dict.fromkeys(_ROUTE_DECORATORS),  # @route(path, http_method=[...])
        },
        method_keywords=frozenset({"http_method"}),
        path_keywords=frozenset({"path"}),
    ),
    background=BackgroundWork(
        tasks=frozenset({"litestar.background_tasks.BackgroundTask", "litestar.BackgroundTask"})
    ),
    # Stores (frameworks.md B.3): ServerSideSessionConfig uses the store "sessions", and the
    # StoreRegistry's default factory is a MemoryStore.
    backends=Backends(
        store_owners=frozenset(
            {"litestar.Litestar", "litestar.app.Litestar", "litestar.config.app.AppConfig"}
        ),
        store_registries=frozenset({"litestar.stores.registry.StoreRegistry"}),
        session_stores={
            "litestar.middleware.session.server_side.ServerSideSessionConfig": "sessions"
        },
        local_stores={
            "litestar.stores.memory.MemoryStore": "MemoryStore",
            "litestar.stores.file.FileStore": "FileStore",
        },
    ),
)
