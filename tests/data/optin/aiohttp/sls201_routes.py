"""aiohttp: route table decorators, router registrations and class-based views."""

from aiohttp import web

routes = web.RouteTableDef()


@routes.post("/links")
async def shorten(request: web.Request) -> web.Response:  # expect: SLS201:1
    data = await request.json()
    await request.app["db"].execute("INSERT INTO links (url) VALUES ($1)", data["url"])
    return web.json_response({"url": data["url"]}, status=201)


@routes.patch("/links/{code}")
async def retarget(request: web.Request) -> web.Response:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        raise web.HTTPBadRequest(text="Idempotency-Key required")
    return web.json_response({"code": request.match_info["code"]})


@routes.put("/links/{code}")
async def replace(request: web.Request) -> web.Response:
    return web.json_response({})


@routes.get("/links")
async def list_links(request: web.Request) -> web.Response:
    return web.json_response([])


@routes.view("/subscribers")
class Subscribers(web.View):
    async def get(self) -> web.Response:
        return web.json_response([])

    async def post(self) -> web.Response:  # expect: SLS201:5
        data = await self.request.json()
        await self.request.app["db"].execute("INSERT INTO subscribers VALUES ($1)", data["email"])
        return web.json_response({}, status=201)


async def send_feedback(request: web.Request) -> web.Response:  # expect: SLS201:1
    await request.app["mailer"].send_message("support@example.com", await request.text())
    return web.json_response({"ok": True})


async def upload(request: web.Request) -> web.Response:  # expect: SLS201:1
    await request.app["storage"].upload_file(request.query["name"], await request.read())
    return web.json_response({"ok": True})


async def report_abuse(request: web.Request) -> web.Response:  # expect: SLS201:1
    await request.app["db"].execute("insert into abuse_reports (url) values ($1)", request.url)
    return web.json_response({"ok": True})


async def ping(request: web.Request) -> web.Response:
    return web.json_response({"pong": True})


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.router.add_post("/feedback", send_feedback)
    app.router.add_route("POST", "/uploads", upload)
    app.router.add_get("/ping", ping)
    app.add_routes([web.post("/abuse", report_abuse)])
    return app
