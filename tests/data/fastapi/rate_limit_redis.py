"""Rate limiting in Redis, slowapi with a shared backend. No findings."""

import time

import redis.asyncio as redis
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from slowapi import Limiter
from slowapi.util import get_remote_address

WINDOW_SECONDS = 60
LIMIT = 100
pool = redis.ConnectionPool.from_url("redis://localhost:6379/0")
r = redis.Redis(connection_pool=pool)
limiter = Limiter(key_func=get_remote_address, storage_uri="redis://localhost:6379/1")

app = FastAPI()
app.state.limiter = limiter


@app.middleware("http")
async def rate_limit(request: Request, call_next):
    key = f"rl:{request.client.host}:{int(time.time() // WINDOW_SECONDS)}"
    async with r.pipeline(transaction=True) as pipe:
        count, _ = await pipe.incr(key).expire(key, WINDOW_SECONDS).execute()
    if count > LIMIT:
        return JSONResponse({"detail": "too many requests"}, status_code=429)
    request.state.remaining = LIMIT - count
    return await call_next(request)


@app.get("/search")
@limiter.limit("10/minute")
async def search(request: Request, q: str) -> dict:
    return {"q": q, "remaining": request.state.remaining}
