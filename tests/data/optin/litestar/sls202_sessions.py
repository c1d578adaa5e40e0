"""Litestar sessions: request.set_session(...) and request.session."""
# options: idempotency_exempt=login

from litestar import Litestar, Request, get, post


@post("/login")
async def login(request: Request, data: dict) -> dict:
    request.set_session({"user_id": data["user_id"]})  # expect: SLS202:5
    return {"ok": True}


@post("/theme")
async def theme(request: Request, data: dict) -> dict:
    request.set_session({"theme": data["theme"]})
    return {"ok": True}


@get("/me")
async def me(request: Request) -> dict:
    return {"user_id": request.session.get("user_id")}


app = Litestar(route_handlers=[login, theme, me])
