"""Handlers registered with app.router.add_*, web.get(...) and a bound method."""

from aiohttp import web

uploads: dict[str, bytes] = {}
pings = []
feedback = []
jobs = []


async def upload(request: web.Request) -> web.Response:
    uploads[request.match_info["name"]] = await request.read()  # expect: SLS101:5
    return web.Response(status=201)


async def ping(request: web.Request) -> web.Response:
    pings.append(request.remote)  # expect: SLS101:5
    return web.Response(text="pong")


async def send_feedback(request: web.Request) -> web.Response:
    feedback.append(await request.text())  # expect: SLS101:5
    return web.Response(status=202)


class JobController:
    """One long-lived object whose bound method is the handler."""

    def __init__(self, queue_name: str) -> None:
        self.queue_name = queue_name

    async def submit(self, request: web.Request) -> web.Response:
        jobs.append({"queue": self.queue_name, **(await request.json())})  # expect: SLS101:9
        return web.json_response({"queued": len(jobs)})


async def list_uploads(request: web.Request) -> web.Response:
    return web.json_response(sorted(uploads))


controller = JobController("default")
app = web.Application()
app.router.add_put("/uploads/{name}", upload)
app.router.add_get("/uploads", list_uploads)
app.router.add_route("GET", "/ping", ping)
app.router.add_post("/jobs", controller.submit)
app.add_routes([web.post("/feedback", send_feedback)])
