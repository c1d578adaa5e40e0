"""Litestar hooks, Provide dependencies, background tasks and websocket listeners."""

from litestar import Litestar, Request, Response, get, post, websocket_listener
from litestar.background_tasks import BackgroundTask
from litestar.di import Provide

request_paths: list[str] = []
responses_by_status = {}
exceptions_seen = []
emails_sent = []
echoes = []
tenants = set()


async def remember_path(request: Request) -> None:
    request_paths.append(request.url.path)  # expect: SLS101:5


async def count_status(response: Response) -> Response:
    responses_by_status[response.status_code] = responses_by_status.get(response.status_code, 0) + 1  # expect: SLS101:5
    return response


async def after_exception(exception: Exception, scope: dict) -> None:
    exceptions_seen.append(repr(exception))  # expect: SLS101:5


def provide_tenant(request: Request) -> str:
    tenant = request.headers.get("x-tenant", "public")
    tenants.add(tenant)  # expect: SLS101:5
    return tenant


async def send_welcome(email: str) -> None:
    emails_sent.append(email)  # expect: SLS101:5


@post("/signup", dependencies={"tenant": Provide(provide_tenant, sync_to_thread=False)})
async def signup(data: dict, tenant: str) -> Response:
    return Response({"tenant": tenant}, background=BackgroundTask(send_welcome, data["email"]))


@websocket_listener("/echo")
async def echo(data: str) -> str:
    echoes.append(data)  # expect: SLS101:5
    return data


@get("/stats", sync_to_thread=False)
def stats() -> dict:
    return {"paths": len(request_paths), "statuses": responses_by_status, "tenants": sorted(tenants)}


app = Litestar(
    route_handlers=[signup, echo, stats],
    before_request=remember_path,
    after_request=count_status,
    after_exception=[after_exception],
)
