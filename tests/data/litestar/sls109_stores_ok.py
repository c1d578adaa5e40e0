"""Litestar stores on Redis, client-side sessions, and stores chosen elsewhere. No findings."""

import os

from litestar import Litestar, Request, get
from litestar.middleware.session.client_side import CookieBackendConfig
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.stores.memory import MemoryStore
from litestar.stores.redis import RedisStore
from litestar.stores.registry import StoreRegistry

redis_store = RedisStore.with_client(url=os.environ["REDIS_URL"])
cookie_sessions = CookieBackendConfig(secret=os.urandom(16))
server_sessions = ServerSideSessionConfig(store="user_sessions")
registry = StoreRegistry(default_factory=redis_store.with_namespace)
# A MemoryStore used as a small helper object, not given as a store to the app.
warmup_flags = MemoryStore()


@get("/me")
async def me(request: Request) -> dict:
    return {"user_id": request.session.get("user_id")}


app = Litestar(
    route_handlers=[me],
    middleware=[cookie_sessions.middleware, server_sessions.middleware],
    stores={"user_sessions": redis_store.with_namespace("sessions")},
)
shared = Litestar(route_handlers=[me], stores=registry)

if os.environ.get("DEBUG"):
    debug_app = Litestar(route_handlers=[me], stores={"sessions": MemoryStore()})
