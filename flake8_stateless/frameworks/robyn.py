"""Robyn (frameworks.md C.8).

``Robyn(__file__)`` and ``SubRouter(__file__, prefix=...)`` register routes with their verb
decorators and ``add_route(method, path, handler)`` (robyn/__init__.py ``BaseRobyn``); every
process of ``--processes N`` has its own globals (processpool.py). ``startup_handler`` and
``shutdown_handler`` run once per process: not listed. ``request.session`` is a signed cookie
(session.py).
"""

from __future__ import annotations

from .base import AppObject, Arg, Framework, frozen, verbs

#: What ``@app.websocket("/ws")`` makes of the handler: an object whose ``on_connect`` and
#: ``on_close`` decorators register the connection's other handlers (ws.py
#: ``create_websocket_decorator``).
_WEBSOCKET_HANDLER = AppObject(constructors=(), decorators=frozenset({"on_connect", "on_close"}))

ROBYN = Framework(
    name="robyn",
    data_folders=("robyn",),
    readme="Robyn",
    packages=frozenset({"robyn"}),
    objects=(
        AppObject(
            constructors=("robyn.Robyn", "robyn.SubRouter"),
            decorators=verbs(
                "connect", "before_request", "after_request", "exception", "websocket"
            ),
            registrars=frozen({"add_route": (Arg(2, "handler"),)}),
            decorated={"websocket": _WEBSOCKET_HANDLER},
        ),
        # Before 2026-02 (robyn commit 29c4d0f): ``ws = WebSocket(app, "/ws")`` and
        # ``@ws.on("connect" | "message" | "close")``; early versions exported it as ``WS``.
        AppObject(
            constructors=("robyn.WebSocket", "robyn.ws.WebSocket", "robyn.WS"),
            decorators=frozenset({"on"}),
        ),
    ),
    cookie_sessions=True,
)
