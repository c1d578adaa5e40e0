"""BaseHTTPMiddleware instances are built once, with the middleware stack (SLS106)."""

import time

import starlette.middleware.base as middleware_base
from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint, WebSocketEndpoint
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware as HTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute

Base = HTTPMiddleware


class TenantMiddleware(HTTPMiddleware):
    def __init__(self, app, header="x-tenant"):
        super().__init__(app)
        self.header = header
        self.seen_tenants = set()

    async def dispatch(self, request, call_next):
        self.tenant = request.headers.get(self.header)  # expect: SLS106:9
        self.seen_tenants.add(self.tenant)  # expect: SLS106:9
        return await call_next(request)


class AuditMiddleware(TenantMiddleware):
    # Two levels down, through an import alias.
    async def dispatch(self, request, call_next):
        self.last_path = request.url.path  # expect: SLS106:9
        return await super().dispatch(request, call_next)


class TimingMiddleware(middleware_base.BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        self.start = time.perf_counter()  # expect: SLS106:9
        response = await call_next(request)
        response.headers["x-elapsed"] = str(time.perf_counter() - self.start)
        return response


class LocaleMiddleware(Base):
    # Through a module-level alias of the base class.
    async def dispatch(self, request, call_next):
        self.locale = request.headers.get("accept-language", "en")  # expect: SLS106:9
        return await call_next(request)


class RequestStateMiddleware(HTTPMiddleware):
    """No findings: per-request data on request.state; configuration set in __init__."""

    def __init__(self, app, default_locale="en"):
        super().__init__(app)
        self.default_locale = default_locale

    async def dispatch(self, request, call_next):
        request.state.locale = request.headers.get("accept-language", self.default_locale)
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["x-elapsed"] = str(time.perf_counter() - started)
        return response


class Profile(HTTPEndpoint):
    """Starlette makes an HTTPEndpoint per request: self.x is fine, the class list is not."""

    viewers = []

    async def get(self, request):
        self.user_id = request.path_params["user_id"]
        self.viewers.append(request.client.host)  # expect: SLS107:9
        return JSONResponse({"id": self.user_id})


class Echo(WebSocketEndpoint):
    """No findings: one WebSocketEndpoint per connection."""

    encoding = "text"

    async def on_connect(self, websocket):
        self.messages = []
        await websocket.accept()

    async def on_receive(self, websocket, data):
        self.messages.append(data)
        await websocket.send_text(data)


app = Starlette(
    routes=[Route("/users/{user_id}", Profile), WebSocketRoute("/echo", Echo)],
    middleware=[
        Middleware(AuditMiddleware),
        Middleware(TimingMiddleware),
        Middleware(LocaleMiddleware),
        Middleware(RequestStateMiddleware),
    ],
)
