"""FastAPI application state: filled in lifespan, read in handlers (SLS108 on writes)."""

from contextlib import asynccontextmanager

import httpx
from fastapi import Depends, FastAPI, Request
from sqlalchemy.ext.asyncio import create_async_engine


@asynccontextmanager
async def lifespan(app: FastAPI):
    # Setup: runs once per process, before any request. No findings.
    app.state.engine = create_async_engine("postgresql+asyncpg://localhost/app")
    app.state.http = httpx.AsyncClient()
    app.state.feature_flags = {"beta": False}
    app.state.items = []
    yield
    await app.state.http.aclose()


app = FastAPI(lifespan=lifespan)


@app.on_event("startup")
async def warm_up():
    app.state.ready = True


def configure(application: FastAPI) -> None:
    application.state.version = "1.0"


def get_cache(request: Request) -> dict:
    request.app.state.cache["hits"] = request.app.state.cache.get("hits", 0) + 1  # expect: SLS108:5
    return request.app.state.cache


@app.post("/items")
async def create_item(item: dict, request: Request):
    request.app.state.items.append(item)  # expect: SLS108:5
    request.app.state.counter += 1  # expect: SLS108:5
    return {"id": request.app.state.counter}


@app.post("/login")
async def login(user: str):
    app.state.last_user = user  # expect: SLS108:5
    return {"ok": True}


@app.post("/flags/{name}")
async def toggle_flag(name: str, request: Request, cache: dict = Depends(get_cache)):
    setattr(request.app.state, name, True)  # expect: SLS108:5
    request.app.state.feature_flags[name] = True  # expect: SLS108:5
    return {"flag": name}


@app.get("/items")
async def list_items(request: Request):
    # Request-scoped storage and reads of app state: no findings.
    request.state.user = request.headers.get("x-user")
    request.scope["cached"] = True
    async with request.app.state.engine.connect() as conn:
        rows = await conn.execute("SELECT 1")
    flags = dict(request.app.state.feature_flags)
    flags["beta"] = True
    return {"items": list(request.app.state.items), "rows": rows.all(), "flags": flags}


@app.get("/proxy")
async def proxy(request: Request):
    # A client made once, lazily, is the same for every request: no finding.
    if getattr(request.app.state, "http", None) is None:
        request.app.state.http = httpx.AsyncClient()
    response = await request.app.state.http.get("https://example.com")
    return {"status": response.status_code}
