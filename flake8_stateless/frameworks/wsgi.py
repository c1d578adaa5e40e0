"""Flask (with Flask-RESTful and flask-restx resources) and Quart."""

from __future__ import annotations

from .base import AppObject, Arg, Framework, HandlerClass, Lifetime, frozen

_HOOKS = frozenset(
    {
        "before_request",
        "after_request",
        "teardown_request",
        "before_app_request",
        "after_app_request",
        "teardown_app_request",
        "errorhandler",
        "app_errorhandler",
        "url_value_preprocessor",
        "app_url_value_preprocessor",
    }
)
_ROUTES = frozenset({"route", "get", "post", "put", "patch", "delete"})
_REGISTRARS = {
    "add_url_rule": (Arg(2, "view_func"),),
    "register_error_handler": (Arg(1, "f"),),
    **{hook: (Arg(0, "f"),) for hook in _HOOKS - {"errorhandler", "app_errorhandler"}},
}

FLASK = Framework(
    name="flask",
    packages=frozenset({"flask", "flask_restful", "flask_restx", "flask_smorest"}),
    objects=(
        AppObject(
            constructors=(
                "flask.Flask",
                "flask.app.Flask",
                "flask.Blueprint",
                "flask.blueprints.Blueprint",
                "flask_smorest.Blueprint",
                "flask_restx.Namespace",
            ),
            decorators=_ROUTES | _HOOKS,
            registrars=frozen(_REGISTRARS),
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "flask.views.View",
                "flask.views.MethodView",
                "flask_restful.Resource",
                "flask_restx.Resource",
                "flask.views.*View",
            ),
        ),
    ),
)

_WEBSOCKET_HOOKS = frozenset(
    {"websocket", "before_websocket", "after_websocket", "teardown_websocket"}
)

QUART = Framework(
    name="quart",
    packages=frozenset({"quart"}),
    objects=(
        AppObject(
            constructors=(
                "quart.Quart",
                "quart.app.Quart",
                "quart.Blueprint",
                "quart.blueprints.Blueprint",
            ),
            decorators=_ROUTES | _HOOKS | _WEBSOCKET_HOOKS,
            registrars=frozen({**_REGISTRARS, "add_websocket": (Arg(2, "view_func"),)}),
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=("quart.views.View", "quart.views.MethodView"),
        ),
    ),
)
