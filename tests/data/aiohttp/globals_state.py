"""`global` in aiohttp handlers and in startup hooks."""

from aiohttp import web

routes = web.RouteTableDef()
version = "unknown"
deploys = 0
pool = None


async def on_startup(app: web.Application) -> None:
    global pool
    pool = object()


@routes.post("/deploy")
async def deploy(request: web.Request) -> web.Response:
    global version, deploys  # expect: SLS102:5
    version = (await request.json())["version"]
    deploys += 1
    return web.json_response({"version": version})


@routes.get("/version")
async def get_version(request: web.Request) -> web.Response:
    global version
    return web.json_response({"version": version, "deploys": deploys, "pool": pool is not None})


app = web.Application()
app.on_startup.append(on_startup)
app.add_routes(routes)
