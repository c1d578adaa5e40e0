"""BlackSheep (frameworks.md C.7).

Routes are registered on a router: an ``Application``'s ``router``, a ``Router()``, or the
default router whose bound methods ``blacksheep`` exports (``from blacksheep import get``;
server/routing.py ``router = Router(); get = router.get``). Controllers are "transient
services" resolved per request (application.py ``register_controllers``): ``self.x`` there is
the request's own. A middleware is any callable appended to ``app.middlewares``: a function
runs per request, an object is one instance for the application. ``request.session`` with
``app.use_sessions(secret)`` is a signed cookie (sessions/cookies.py).
"""

from __future__ import annotations

from .base import AppObject, Arg, Framework, HandlerClass, Lifetime, frozen, verbs

_VERBS = verbs("connect")
#: server/routing.py RouterBase: get/post/.../ws decorators and add_get/.../add_ws.
_ROUTER = AppObject(
    constructors=(
        "blacksheep.Router",
        "blacksheep.server.routing.Router",
        "blacksheep.server.Router",
    ),
    decorators=_VERBS | {"route", "ws"},
    registrars=frozen(
        {
            **{f"add_{verb}": (Arg(1, "handler"),) for verb in sorted(_VERBS | {"ws"})},
            "add": (Arg(2, "handler"),),
        }
    ),
)
#: middlewares.py MiddlewareList: append(middleware, category, priority), insert(index, mw).
_MIDDLEWARES = AppObject(
    constructors=(),
    registrars=frozen({"append": (Arg(0, "middleware"),), "insert": (Arg(1, "middleware"),)}),
)

_DEFAULT_ROUTER_FUNCTIONS = sorted(_VERBS | {"route", "ws"})

BLACKSHEEP = Framework(
    name="blacksheep",
    data_folders=("blacksheep",),
    readme="BlackSheep",
    packages=frozenset({"blacksheep"}),
    objects=(
        AppObject(
            constructors=(
                "blacksheep.Application",
                "blacksheep.server.Application",
                "blacksheep.server.application.Application",
            ),
            # application.py exception_handler(exception_type); ``route`` is BlackSheep 1.x's
            # Application.route (hello-world examples of that version: ``@app.route("/")``).
            decorators=frozenset({"exception_handler", "route"}),
            attributes={"router": _ROUTER, "middlewares": _MIDDLEWARES},
        ),
        _ROUTER,
    ),
    decorators=(
        # The default router's bound methods, and the controllers' own router's.
        *(f"blacksheep.{name}" for name in _DEFAULT_ROUTER_FUNCTIONS),
        *(f"blacksheep.server.routing.{name}" for name in _DEFAULT_ROUTER_FUNCTIONS),
        *(f"blacksheep.server.controllers.{name}" for name in _DEFAULT_ROUTER_FUNCTIONS),
    ),
    classes=(
        # Handler methods are found by their decorators; on_request/on_response are the
        # controller's per-request hooks (controllers.py Controller).
        HandlerClass(
            lifetime=Lifetime.REQUEST,
            bases=(
                "blacksheep.server.controllers.Controller",
                "blacksheep.server.controllers.APIController",
            ),
            methods=frozenset({"on_request", "on_response"}),
            kind="BlackSheep controller",
        ),
    ),
    cookie_sessions=True,
)
