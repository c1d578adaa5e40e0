"""Same-module helpers reached from handlers: calls, create_task, generators, cycles."""

import asyncio
from collections import deque

from fastapi import FastAPI

app = FastAPI()

notifications: list[dict] = []
pending: dict[str, str] = {}
processed_ids = set()
metrics = {"calls": 0}
job_queue: deque[dict] = deque()
warmed = []
request_total = 0


def _record(kind: str, payload: dict) -> None:
    notifications.append({"kind": kind, **payload})  # expect: SLS101:5


def _notify(user_id: str) -> None:
    _record("notify", {"user": user_id})


def _count() -> None:
    global request_total  # expect: SLS102:5
    request_total += 1


async def deliver(user_id: str) -> None:
    await asyncio.sleep(0.1)
    pending.pop(user_id, None)  # expect: SLS101:5


def drain():
    while job_queue:
        yield job_queue.popleft()  # expect: SLS101:15


def walk(node: dict) -> None:
    processed_ids.add(node["id"])  # expect: SLS101:5
    for child in node.get("children", []):
        walk(child)


def ping(n: int) -> None:
    if n > 0:
        pong(n - 1)


def pong(n: int) -> None:
    metrics["calls"] += 1  # expect: SLS101:5
    ping(n)


def _warm() -> None:
    # Only reached from the startup hook: not request scope.
    warmed.extend(["a", "b"])


def unused_helper() -> None:
    # Never called from request scope.
    notifications.clear()
    processed_ids.clear()


@app.on_event("startup")
async def startup() -> None:
    _warm()


@app.post("/notify/{user_id}")
async def notify(user_id: str) -> dict:
    pending[user_id] = "queued"  # expect: SLS101:5
    _notify(user_id)
    _count()
    asyncio.create_task(deliver(user_id))
    return {"queued": True}


@app.post("/tree")
def tree(payload: dict) -> dict:
    walk(payload)
    ping(3)
    done = []
    for job in drain():
        done.append(job)
    return {"done": done}
