"""`global` in Litestar handlers versus startup hooks."""

from litestar import Litestar, get, post

banner = "hi"
visits = 0
client = None


async def on_startup() -> None:
    global client
    client = object()


@post("/banner")
async def set_banner(data: dict) -> dict:
    global banner  # expect: SLS102:5
    banner = data["banner"]
    return {"banner": banner}


@get("/visit")
async def visit() -> dict:
    global visits  # expect: SLS102:5
    visits += 1
    return {"visits": visits}


@get("/banner")
async def read_banner() -> dict:
    global banner
    return {"banner": banner, "client": client is not None}


app = Litestar(route_handlers=[set_banner, visit, read_banner], on_startup=[on_startup])
