"""aiohttp handlers declared with a RouteTableDef."""

import itertools

from aiohttp import web

routes = web.RouteTableDef()

links: dict[str, str] = {}
clicks = {}
link_ids = itertools.count(1000)
subscribers = set()


@routes.post("/links")
async def shorten(request: web.Request) -> web.Response:
    data = await request.json()
    code = format(next(link_ids), "x")  # expect: SLS101:19
    links[code] = data["url"]  # expect: SLS101:5
    return web.json_response({"code": code}, status=201)


@routes.get("/{code}")
async def follow(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    clicks[code] = clicks.get(code, 0) + 1  # expect: SLS101:5
    raise web.HTTPFound(links[code])


@routes.get("/links/{code}/stats")
async def stats(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    return web.json_response({"url": links.get(code), "clicks": clicks.get(code, 0)})


@routes.view("/subscribers")
class Subscribers(web.View):
    async def post(self) -> web.Response:
        subscribers.add((await self.request.json())["email"])  # expect: SLS101:9
        return web.json_response({"count": len(subscribers)})

    async def delete(self) -> web.Response:
        subscribers.clear()  # expect: SLS101:9
        return web.Response(status=204)


@routes.delete("/links/{code}")
async def remove(request: web.Request) -> web.Response:
    code = request.match_info["code"]
    del links[code]  # expect: SLS101:5
    clicks.pop(code, None)  # expect: SLS101:5
    return web.Response(status=204)


app = web.Application()
app.add_routes(routes)
