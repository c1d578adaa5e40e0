"""Counters kept with `global`: every worker process counts on its own."""

import time

from fastapi import FastAPI

app = FastAPI()

hit_count = 0
last_reset = time.time()
MAINTENANCE = False
model = None
stats: dict[str, int] = {}


def configure(maintenance: bool) -> None:
    # A setup function, not request scope: `global` is fine here.
    global MAINTENANCE
    MAINTENANCE = maintenance


@app.on_event("startup")
def load_model() -> None:
    global model
    model = object()


@app.get("/hits")
def hits() -> dict:
    global hit_count  # expect: SLS102:5
    hit_count += 1
    return {"hits": hit_count}


@app.post("/reset")
def reset() -> dict:
    global hit_count, last_reset  # expect: SLS102:5
    hit_count = 0
    last_reset = time.time()
    return {"ok": True}


@app.get("/status")
def status() -> dict:
    # Declared but only read: nothing is rebound.
    global MAINTENANCE
    return {"maintenance": MAINTENANCE, "model": model is not None, "since": last_reset}


@app.post("/stats/{name}")
def bump(name: str) -> dict:
    # `global` without rebinding: the write is an item assignment (SLS101), not SLS102.
    global stats
    stats[name] = stats.get(name, 0) + 1  # expect: SLS101:5
    return stats


configure(maintenance=False)
