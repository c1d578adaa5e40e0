"""python-socketio and Flask-SocketIO servers (frameworks.md C.1).

Each received event runs its handler once. The server object lives for the process, and a
namespace class has one instance serving every client: "a namespace instance cannot be used
to store client specific information" (python-socketio docs/server.rst). The per-connection
session (``save_session``, ``session(sid)``), rooms and emit are the framework's own and are
not writes to the project's state. Client objects (``socketio.Client``, ``AsyncClient``,
``SimpleClient``, ``ClientNamespace``) are not servers: they are not listed here.
"""

from __future__ import annotations

from .base import AppObject, Arg, Framework, HandlerClass, Lifetime, frozen

#: ``trigger_event`` dispatches every event to ``on_<event>`` (socketio/base_namespace.py;
#: flask_socketio/namespace.py): a subclass may override it to dispatch itself.
_NAMESPACE_METHODS = r"on_\w+|trigger_event"

SOCKETIO = Framework(
    name="socketio",
    data_folders=("socketio",),
    readme="python-socketio",
    packages=frozenset({"socketio"}),
    objects=(
        AppObject(
            constructors=(
                "socketio.Server",
                "socketio.server.Server",
                "socketio.AsyncServer",
                "socketio.async_server.AsyncServer",
            ),
            # base_server.py: on(event, handler=None, namespace=None) is a decorator when
            # handler is None; event is one, bare or called (event name = function name), and
            # registers a function given alone (event(handler)).
            decorators=frozenset({"on", "event"}),
            registrars=frozen({"on": (Arg(1, "handler"),), "event": (Arg(0),)}),
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=(
                "socketio.Namespace",
                "socketio.namespace.Namespace",
                "socketio.AsyncNamespace",
                "socketio.async_namespace.AsyncNamespace",
            ),
            method_pattern=_NAMESPACE_METHODS,
            kind="socket.io namespace",
        ),
    ),
)

FLASK_SOCKETIO = Framework(
    name="flask_socketio",
    data_folders=("flask_socketio",),
    readme="Flask-SocketIO",
    packages=frozenset({"flask_socketio"}),
    objects=(
        AppObject(
            # SocketIO(app) or SocketIO() + init_app(app): the same object either way.
            constructors=("flask_socketio.SocketIO",),
            decorators=frozenset({"on", "event", "on_error", "on_error_default"}),
            # flask_socketio/__init__.py: on_event(message, handler, namespace=None); event
            # as in python-socketio.
            registrars=frozen({"on_event": (Arg(1, "handler"),), "event": (Arg(0),)}),
        ),
    ),
    classes=(
        # The instance given to on_namespace serves every client (a socketio.Namespace).
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=("flask_socketio.Namespace", "flask_socketio.namespace.Namespace"),
            method_pattern=_NAMESPACE_METHODS,
            kind="Flask-SocketIO namespace",
        ),
    ),
    # flask_socketio/__init__.py _handle_event: with manage_session (the default) an event
    # handler's flask.session is a copy kept for the connection (frameworks.md C.1).
    connection_sessions=frozenset({"flask.session", "flask.globals.session"}),
)
