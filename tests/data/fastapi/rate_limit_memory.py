"""Sliding-window rate limiting in process memory: each replica allows LIMIT on its own."""

import time
from collections import defaultdict, deque

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.middleware.base import BaseHTTPMiddleware

WINDOW_SECONDS = 60
LIMIT = 100
hits: dict[str, deque] = defaultdict(deque)
blocked_ips = set()
path_hits = defaultdict(list)


class RateLimitMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        ip = request.client.host
        now = time.monotonic()
        window = hits[ip]
        while window and now - window[0] > WINDOW_SECONDS:
            window.popleft()  # expect: SLS101:13
        if len(window) >= LIMIT:
            blocked_ips.add(ip)  # expect: SLS101:13
            return JSONResponse({"detail": "too many requests"}, status_code=429)
        window.append(now)  # expect: SLS101:9
        return await call_next(request)


app = FastAPI()
app.add_middleware(RateLimitMiddleware)


@app.middleware("http")
async def count_paths(request: Request, call_next):
    path_hits[request.url.path].append(time.monotonic())  # expect: SLS101:5
    return await call_next(request)


@app.get("/blocked")
def blocked() -> list[str]:
    return sorted(blocked_ips)
