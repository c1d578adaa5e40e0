"""Litestar application state: set at startup, written by handlers (SLS108)."""

from litestar import Litestar, Request, get, post
from litestar.datastructures import State


async def on_startup(app: Litestar) -> None:
    # Setup: runs once per process. No findings.
    app.state.visits = 0
    app.state.flags = {"beta": False}


@post("/visits")
async def visit(request: Request) -> dict:
    request.app.state.visits += 1  # expect: SLS108:5
    return {"visits": request.app.state.visits}


@post("/flags/{name:str}")
async def set_flag(name: str, state: State) -> dict:
    state.flags[name] = True  # expect: SLS108:5
    state["last_flag"] = name  # expect: SLS108:5
    return dict(state.flags)


@get("/flags")
async def flags(state: State, request: Request) -> dict:
    # Reads and request-scoped state: no findings.
    request.state.user = request.headers.get("x-user")
    current = dict(state.flags)
    current["user"] = request.state.user
    return current


app = Litestar(route_handlers=[visit, set_flag, flags], on_startup=[on_startup])
