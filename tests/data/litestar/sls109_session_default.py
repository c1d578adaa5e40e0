"""Server-side sessions with no store registered: Litestar's default store is a MemoryStore."""

from litestar import Litestar, Request, get
from litestar.middleware.session.server_side import ServerSideSessionConfig

session_config = ServerSideSessionConfig(key="sid", max_age=86400)  # expect: SLS109:18
cart_sessions = ServerSideSessionConfig(store="carts")  # expect: SLS109:17


@get("/cart")
async def cart(request: Request) -> dict:
    return {"items": request.session.get("items", [])}


app = Litestar(
    route_handlers=[cart],
    middleware=[session_config.middleware, cart_sessions.middleware],
    stores={"sessions_archive": object()},
)
