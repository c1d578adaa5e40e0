"""FastAPI admin routes that change application-wide state while serving a request.

What is wrong: ``app.state`` is made once per process and shared by every request of that
process. ``toggle_maintenance`` flips ``app.state.maintenance`` and ``set_banner`` rewrites
``app.state.banner`` (SLS108): only the worker that served the call changes, the other
workers and instances keep the old value, and a restart undoes it. ``RateLimiter`` keeps
a dict of hits on ``self``, and the module-level ``limiter`` serves every request:
``allow`` counts per process, so the limit is per worker, not per client (SLS110).
"""

import time

from fastapi import FastAPI, Request


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.hits: dict[str, list[float]] = {}

    def allow(self, client: str) -> bool:
        now = time.time()
        recent = [t for t in self.hits.get(client, []) if now - t < 60]
        self.hits[client] = [*recent, now]
        return len(recent) < self.per_minute


app = FastAPI()
app.state.banner = ""
limiter = RateLimiter(per_minute=30)


@app.put("/admin/maintenance")
def toggle_maintenance(request: Request, on: bool) -> dict:
    request.app.state.maintenance = on
    return {"maintenance": on}


@app.put("/admin/banner")
def set_banner(request: Request, text: str) -> dict:
    request.app.state.banner = text
    return {"banner": text}


@app.get("/status")
def status(request: Request) -> dict:
    if not limiter.allow(request.client.host if request.client else "unknown"):
        return {"error": "too many requests"}
    return {"banner": request.app.state.banner}
