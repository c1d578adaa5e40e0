"""BaseHTTPMiddleware subclasses: `dispatch` runs for every request."""

import time
import uuid
from collections import defaultdict

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

slow_requests: list[tuple[str, float]] = []
status_counts = defaultdict(int)
SLOW_SECONDS = 0.5


class TimingMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        elapsed = time.perf_counter() - start
        if elapsed > SLOW_SECONDS:
            slow_requests.append((request.url.path, elapsed))  # expect: SLS101:13
        status_counts[response.status_code] += 1  # expect: SLS101:9
        return response


class RequestIdMiddleware(BaseHTTPMiddleware):
    # Request-scoped storage only: no findings.
    async def dispatch(self, request, call_next):
        request.state.request_id = request.headers.get("x-request-id", uuid.uuid4().hex)
        response = await call_next(request)
        response.headers["x-request-id"] = request.state.request_id
        return response


class AuditMiddleware(TimingMiddleware):
    # A second inheritance level.
    async def dispatch(self, request, call_next):
        status_counts["audited"] += 1  # expect: SLS101:9
        return await super().dispatch(request, call_next)


async def health(request):
    return JSONResponse({"slow": len(slow_requests), "statuses": dict(status_counts)})


app = Starlette(
    routes=[Route("/health", health)],
    middleware=[Middleware(TimingMiddleware), Middleware(RequestIdMiddleware)],
)
