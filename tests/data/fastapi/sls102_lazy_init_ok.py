"""Lazy initialisation in the shapes real services write it: one client per process, made on
first use and made again after a connection error. None of it is SLS102. A global that holds
the request's own data is."""

import asyncio

import asyncpg
import httpx
import redis.asyncio as redis
from fastapi import FastAPI, Request

from .config import settings

app = FastAPI()
_pool: asyncpg.Pool | None = None
_http: httpx.AsyncClient | None = None
_redis: redis.Redis | None = None
_lock = asyncio.Lock()
last_caller = None


async def get_pool() -> asyncpg.Pool:
    global _pool
    if _pool is not None and not _pool.is_closing():
        return _pool
    async with _lock:
        _pool = await asyncpg.create_pool(settings.database_url)
    return _pool


def get_http() -> httpx.AsyncClient:
    global _http
    if _http is None or _http.is_closed:
        _http = httpx.AsyncClient(timeout=10)
    return _http


async def get_redis() -> redis.Redis:
    global _redis
    if _redis:
        return _redis
    _redis = redis.from_url(settings.redis_url)
    return _redis


async def ping_redis() -> bool:
    global _redis
    try:
        return await (await get_redis()).ping()
    except redis.ConnectionError:
        _redis = None  # the next call connects again
        return False


async def fetch_profile(user_id: int) -> dict:
    global _http
    try:
        response = await get_http().get(f"{settings.profiles_url}/{user_id}")
        return response.json()
    finally:
        if _http is not None and _http.is_closed:
            _http = None


@app.get("/users/{user_id}")
async def read_user(user_id: int) -> dict:
    pool = await get_pool()
    row = await pool.fetchrow("SELECT * FROM users WHERE id = $1", user_id)
    await ping_redis()
    return {"user": dict(row), "profile": await fetch_profile(user_id)}


async def discard(scrub_failed: bool) -> None:
    global _redis
    if scrub_failed:
        if _redis is not None:
            await _redis.close()
        _redis = None  # the client is closed: the next call connects again


_held_until: float | None = None


@app.post("/exports")
async def start_export() -> dict:
    global _held_until  # expect: SLS102:5
    now = asyncio.get_running_loop().time()
    if _held_until is not None and now < _held_until:
        return None  # an early return that gives nothing back: not lazy initialisation
    _held_until = now + 30
    await discard(False)
    return {"started": True}


@app.post("/exports/done")
async def finish_export() -> dict:
    global _held_until  # expect: SLS102:5
    _held_until = None  # clearing a hold is a change of state, not a reconnect
    return {"done": True}


@app.post("/hello")
async def hello(request: Request) -> dict:
    global last_caller  # expect: SLS102:5
    if last_caller is None:
        last_caller = request.client.host
    return {"hello": last_caller}
