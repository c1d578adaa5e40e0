"""Flask (with Flask-RESTful and flask-restx resources) and Quart."""

from __future__ import annotations

from .base import (
    VERB_METHODS,
    AppObject,
    Arg,
    Backends,
    Framework,
    HandlerClass,
    Lifetime,
    Routes,
    Sessions,
    SharedState,
    frozen,
)

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

#: ``app.config`` and ``app.extensions`` are shared by every request (SLS108).
_APP_STATE = frozenset({"config", "extensions"})
#: View class attributes Flask, Flask-RESTful and flask-restx only read (SLS107).
_VIEW_CONFIG = frozenset(
    {
        "methods",
        "decorators",
        "provide_automatic_options",
        "init_every_request",
        "method_decorators",
        "representations",
    }
)

#: Flask-Session, Flask-Caching and Flask-Limiter backends kept in one process or on one
#: host (frameworks.md B.3), set in ``app.config``, config classes or config modules.
_CACHELIB_LOCAL = {
    "cachelib.SimpleCache": "SimpleCache",
    "cachelib.simple.SimpleCache": "SimpleCache",
    "cachelib.FileSystemCache": "FileSystemCache",
    "cachelib.file.FileSystemCache": "FileSystemCache",
}
_FLASK_CACHE_TYPES = {
    "simple": "SimpleCache",
    "SimpleCache": "SimpleCache",
    "flask_caching.backends.SimpleCache": "SimpleCache",
    "flask_caching.backends.simplecache.SimpleCache": "SimpleCache",
    "filesystem": "FileSystemCache",
    "FileSystemCache": "FileSystemCache",
    "flask_caching.backends.FileSystemCache": "FileSystemCache",
    "flask_caching.backends.filesystemcache.FileSystemCache": "FileSystemCache",
}
_CONFIG_LOADERS = frozenset(
    {"from_object", "from_pyfile", "from_envvar", "from_file", "from_prefixed_env", "from_json"}
)
_CONFIG_WRITERS = frozenset({"update", "from_mapping"})
_FLASK_BACKENDS = Backends(
    local_values={
        # flask_session/filesystem/filesystem.py: a cachelib FileSystemCache.
        "SESSION_TYPE": {"filesystem": "files on one host"},
        "CACHE_TYPE": _FLASK_CACHE_TYPES,
    },
    local_objects={"SESSION_CACHELIB": _CACHELIB_LOCAL},
    # flask_session/cachelib/cachelib.py: no client falls back to FileSystemCache.
    client_values={"SESSION_TYPE": ("cachelib", "SESSION_CACHELIB", "FileSystemCache")},
    extensions=frozenset({"flask_caching", "flask_session", "flask_limiter", "cachelib"}),
    config_packages=frozenset({"flask"}),
    config_loaders=_CONFIG_LOADERS,
    config_writers=_CONFIG_WRITERS,
    config_takers=frozenset({"flask_caching.Cache"}),
    # Flask-Limiter reads its storage from the app's config; none means memory://.
    limiters={"flask_limiter.Limiter": True, "flask_limiter.extension.Limiter": True},
    storage_settings=frozenset({"RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URL"}),
    local_storage_uri=r"^(async\+)?memory://",
)

#: Routes name their methods with ``methods=`` (GET when none) and their path ``rule``;
#: ``before_request`` hooks run for every request (SLS201).
_FLASK_ROUTES = Routes(
    get_by_default=frozenset({"route", "add_url_rule"}),
    method_keywords=frozenset({"methods"}),
    path_keywords=frozenset({"rule"}),
    verb_methods=VERB_METHODS,
    request_hooks=frozenset({"before_request", "before_app_request"}),
)

FLASK = Framework(
    name="flask",
    data_folders=("flask",),
    readme="Flask",
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
            app_state=_APP_STATE,
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
            kind="Flask view",
            # flask/views.py: with init_every_request = False, as_view makes one instance.
            shared_when=("init_every_request", False),
        ),
    ),
    class_config=_VIEW_CONFIG,
    # current_app is the application serving the request: its config is app state (SLS108).
    shared_state=SharedState(current_app=frozenset({"flask.current_app"})),
    routes=_FLASK_ROUTES,
    # Flask-Login and Flask-Security log a user in by writing the session (SLS202).
    sessions=Sessions(
        login_functions=frozenset(
            {
                "flask_login.login_user",
                "flask_login.utils.login_user",
                "flask_security.login_user",
                "flask_security.utils.login_user",
            }
        ),
        objects=frozenset({"flask.session", "flask.globals.session"}),
    ),
    backends=_FLASK_BACKENDS,
)

_WEBSOCKET_HOOKS = frozenset(
    {"websocket", "before_websocket", "after_websocket", "teardown_websocket"}
)

QUART = Framework(
    name="quart",
    data_folders=("quart",),
    readme="Quart",
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
            app_state=_APP_STATE,
        ),
    ),
    classes=(
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=("quart.views.View", "quart.views.MethodView"),
            kind="Quart view",
            shared_when=("init_every_request", False),
        ),
    ),
    class_config=_VIEW_CONFIG,
    shared_state=SharedState(current_app=frozenset({"quart.current_app"})),
    routes=_FLASK_ROUTES,
    sessions=Sessions(objects=frozenset({"quart.session", "quart.globals.session"})),
    # Quart apps write their config as Flask's do.
    backends=Backends(
        config_packages=frozenset({"quart"}),
        config_loaders=_CONFIG_LOADERS,
        config_writers=_CONFIG_WRITERS,
    ),
)
