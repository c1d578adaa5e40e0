"""aiohttp-session: the session from get_session(request)."""

from aiohttp import web
from aiohttp_session import get_session, new_session

routes = web.RouteTableDef()


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    data = await request.post()
    session = await new_session(request)
    session["user_id"] = data["user_id"]  # expect: SLS202:5
    return web.json_response({"ok": True})


@routes.get("/visit")
async def visit(request: web.Request) -> web.Response:
    session = await get_session(request)
    session["last_visit"] = request.path
    return web.json_response({"ok": True})
