"""Litestar with server-side sessions and a response cache kept in process memory."""

from litestar import Litestar, Request, get, post
from litestar.middleware.session.server_side import ServerSideSessionConfig
from litestar.stores.file import FileStore
from litestar.stores.memory import MemoryStore
from litestar.stores.redis import RedisStore
from litestar.stores.registry import StoreRegistry

session_store = MemoryStore()  # expect: SLS109:17
sessions = ServerSideSessionConfig(max_age=3600)


@post("/login")
async def login(request: Request, data: dict) -> dict:
    request.set_session({"user_id": data["user_id"]})
    return {"ok": True}


@get("/me")
async def me(request: Request) -> dict:
    return {"user_id": request.session.get("user_id")}


app = Litestar(
    route_handlers=[login, me],
    middleware=[sessions.middleware],
    stores={
        "sessions": session_store,
        "response_cache": FileStore(path="/var/cache/api"),  # expect: SLS109:27
        "rate_limit": RedisStore.with_client(url="redis://redis:6379/0"),
    },
)

admin_registry = StoreRegistry(default_factory=lambda name: MemoryStore())  # expect: SLS109:61
admin = Litestar(route_handlers=[me], stores=admin_registry)
