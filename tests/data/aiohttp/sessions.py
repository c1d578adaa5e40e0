"""aiohttp login: a module dict of sessions (fires) and aiohttp-session (never SLS103)."""

import secrets

from aiohttp import web
from aiohttp_session import get_session, new_session

routes = web.RouteTableDef()
session_registry: dict[str, str] = {}
tokens = {}


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    data = await request.post()
    sid = secrets.token_hex(16)
    session_registry[sid] = data["username"]  # expect: SLS103:5
    tokens[secrets.token_urlsafe()] = data["username"]  # expect: SLS103:5
    response = web.json_response({"ok": True})
    response.set_cookie("sid", sid)
    return response


@routes.post("/login2")
async def login_with_aiohttp_session(request: web.Request) -> web.Response:
    data = await request.post()
    session = await new_session(request)
    session["user"] = data["username"]
    return web.json_response({"ok": True})


@routes.get("/me")
async def me(request: web.Request) -> web.Response:
    session = await get_session(request)
    session["visits"] = session.get("visits", 0) + 1
    return web.json_response({"user": session.get("user"), "visits": session["visits"]})


@routes.post("/logout")
async def logout(request: web.Request) -> web.Response:
    session_registry.pop(request.cookies.get("sid", ""), None)  # expect: SLS103:5
    (await get_session(request)).invalidate()
    return web.json_response({"ok": True})
