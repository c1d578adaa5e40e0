"""Starlette's SessionMiddleware under FastAPI: identity in request.session."""

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me")


@app.get("/auth/callback")
async def auth_callback(request: Request, code: str) -> dict:
    user = {"sub": code}
    request.session["user"] = user  # expect: SLS202:5
    return {"ok": True}


@app.get("/preferences")
async def preferences(request: Request, theme: str) -> dict:
    request.session["theme"] = theme
    session = request.session
    session["last_page"] = "/preferences"
    return {"theme": theme}


@app.get("/become/{user_id}")
async def become(request: Request, user_id: int) -> dict:
    session = request.session
    session["user_id"] = user_id  # expect: SLS202:5
    return {"ok": True}


@app.get("/local")
async def local_dict(user_id: int) -> dict:
    session = {}
    session["user_id"] = user_id
    return session
