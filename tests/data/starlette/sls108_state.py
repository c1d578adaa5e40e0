"""Starlette: app.state written by endpoints and middleware (SLS108); lifespan is setup."""

import contextlib

from starlette.applications import Starlette
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute


@contextlib.asynccontextmanager
async def lifespan(app):
    app.state.visitors = set()
    app.state.config = {"motd": "hello"}
    yield {"pool": object()}


async def motd(request):
    request.app.state.config["motd"] = request.query_params["text"]  # expect: SLS108:5
    return JSONResponse(request.app.state.config)


async def home(request):
    # Reads only, and request-local state: no findings.
    request.state.seen = True
    return JSONResponse({"motd": request.app.state.config["motd"], "pool": id(request.state.pool)})


async def chat(websocket):
    websocket.app.state.online = websocket.app.state.online + 1  # expect: SLS108:5
    await websocket.accept()
    await websocket.close()


class VisitorMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        request.app.state.last_visitor = request.client.host  # expect: SLS108:9
        return await call_next(request)


app = Starlette(
    routes=[Route("/", home), Route("/motd", motd, methods=["POST"]), WebSocketRoute("/ws", chat)],
    lifespan=lifespan,
)
app.add_middleware(VisitorMiddleware)
