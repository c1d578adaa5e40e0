"""aiohttp: the Application is a mapping shared by every request (SLS108 on writes)."""

import aiohttp
from aiohttp import web

db_key = web.AppKey("db", object)
visits_key = web.AppKey("visits", dict)


async def on_startup(app: web.Application) -> None:
    # Setup: startup signals and cleanup contexts run once. No findings.
    app[db_key] = object()
    app[visits_key] = {}
    app["http"] = aiohttp.ClientSession()


async def client_session(app: web.Application):
    app["session"] = aiohttp.ClientSession()
    yield
    await app["session"].close()


routes = web.RouteTableDef()


@routes.get("/visit/{page}")
async def visit(request: web.Request) -> web.Response:
    page = request.match_info["page"]
    request.app[visits_key][page] = request.app[visits_key].get(page, 0) + 1  # expect: SLS108:5
    return web.json_response({"visits": request.app[visits_key][page]})


@routes.post("/login")
async def login(request: web.Request) -> web.Response:
    data = await request.post()
    request.app["current_user"] = data["user"]  # expect: SLS108:5
    return web.json_response({"ok": True})


@routes.post("/reset")
async def reset(request: web.Request) -> web.Response:
    app["last_reset"] = request.remote  # expect: SLS108:5
    request.app.update(visits={})  # expect: SLS108:5
    return web.json_response({"ok": True})


@routes.get("/me")
async def me(request: web.Request) -> web.Response:
    # Request-scoped items and reads of app state: no findings.
    request["user"] = request.headers.get("X-User")
    session = request.app["http"]
    async with session.get("https://example.com") as response:
        body = await response.text()
    return web.json_response({"user": request["user"], "size": len(body)})


app = web.Application()
app.add_routes(routes)
app.on_startup.append(on_startup)
app.cleanup_ctx.append(client_session)
app["config"] = {"debug": False}
