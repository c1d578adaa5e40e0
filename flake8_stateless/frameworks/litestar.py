"""Litestar."""

from __future__ import annotations

from .base import Arg, Framework, HandlerCall, HandlerClass, Lifetime

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

LITESTAR = Framework(
    name="litestar",
    packages=frozenset({"litestar"}),
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
        ),
    ),
)
