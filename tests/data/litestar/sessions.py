"""Litestar login: module session dict (fires) vs. the session middleware (never SLS103)."""

import secrets

from litestar import Litestar, Request, get, post
from litestar.middleware.session.client_side import CookieBackendConfig

sessions: dict[str, dict] = {}
logged_in_users = set()


@post("/login")
async def login(data: dict) -> dict:
    sid = secrets.token_urlsafe()
    sessions[sid] = {"user": data["username"]}  # expect: SLS103:5
    logged_in_users.add(data["username"])  # expect: SLS103:5
    return {"sid": sid}


@post("/login-cookie")
async def login_cookie(request: Request, data: dict) -> dict:
    request.set_session({"user": data["username"]})
    request.session["theme"] = "dark"
    return {"ok": True}


@get("/me")
async def me(request: Request) -> dict:
    return {"user": request.session.get("user"), "online": len(logged_in_users)}


@post("/logout")
async def logout(request: Request) -> None:
    sid = request.headers.get("x-session", "")
    user = sessions.pop(sid, {}).get("user")  # expect: SLS103:12
    logged_in_users.discard(user)  # expect: SLS103:5
    request.clear_session()


app = Litestar(
    route_handlers=[login, login_cookie, me, logout],
    middleware=[CookieBackendConfig(secret=secrets.token_bytes(16)).middleware],
)
