"""Litestar hooks given to a Router and a Controller; @route with explicit methods."""

from litestar import Controller, Litestar, Request, Router, route
from litestar.handlers import get

router_requests: list[str] = []
controller_responses = []
routed = []
handler_hook_calls = []


async def router_before(request: Request) -> None:
    router_requests.append(request.url.path)  # expect: SLS101:5


async def controller_after(response):
    controller_responses.append(response.status_code)  # expect: SLS101:5
    return response


async def handler_before(request: Request) -> None:
    handler_hook_calls.append(request.url.path)  # expect: SLS101:5


@get("/hooked", before_request=handler_before)
async def hooked() -> dict:
    return {"ok": True}


@route("/multi", http_method=["GET", "POST"])
async def multi(request: Request) -> dict:
    routed.append(request.method)  # expect: SLS101:5
    return {"n": len(routed)}


class ReportController(Controller):
    path = "/reports"
    after_request = controller_after

    @get("/")
    async def reports(self) -> list[str]:
        return list(router_requests)


api = Router(path="/api", route_handlers=[multi, hooked, ReportController], before_request=router_before)
app = Litestar(route_handlers=[api])
