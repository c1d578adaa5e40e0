"""slowapi in FastAPI with in-memory counters: each replica allows the limit on its own."""

from fastapi import FastAPI, Request
from slowapi import Limiter as RateLimiter
from slowapi import _rate_limit_exceeded_handler
from slowapi.errors import RateLimitExceeded
from slowapi.util import get_remote_address

limiter = RateLimiter(key_func=get_remote_address, default_limits=["60/minute"])  # expect: SLS109:11
login_limiter = RateLimiter(key_func=get_remote_address, storage_uri="memory://")  # expect: SLS109:70

app = FastAPI()
app.state.limiter = limiter
app.add_exception_handler(RateLimitExceeded, _rate_limit_exceeded_handler)


@app.post("/login")
@login_limiter.limit("5/minute")
async def login(request: Request) -> dict:
    return {"ok": True}


@app.get("/items")
@limiter.limit("100/minute")
async def items(request: Request) -> list:
    return []
