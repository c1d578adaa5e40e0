"""An aiohttp middleware checks the Idempotency-Key for every write request."""

from aiohttp import web

from .keys import remember


@web.middleware
async def idempotency(request: web.Request, handler):
    if request.method in ("POST", "PATCH"):
        key = request.headers.get("Idempotency-Key")
        if key is None:
            raise web.HTTPBadRequest()
        await remember(key)
    return await handler(request)


routes = web.RouteTableDef()


@routes.post("/orders")
async def create_order(request: web.Request) -> web.Response:
    return web.json_response({}, status=201)


app = web.Application(middlewares=[idempotency])
app.add_routes(routes)
