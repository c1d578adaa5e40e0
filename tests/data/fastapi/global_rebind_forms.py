"""`global` names rebound by for-targets and tuple unpacking."""

from fastapi import FastAPI

app = FastAPI()
current_leader = None
term = 0
last_item = None
HISTORY_LIMIT = 10


@app.post("/elect")
def elect(nodes: list[str]) -> dict:
    global current_leader, term  # expect: SLS102:5
    current_leader, term = nodes[0], term + 1
    return {"leader": current_leader, "term": term}


@app.post("/scan")
def scan(values: list[str]) -> dict:
    global last_item  # expect: SLS102:5
    for last_item in values:
        pass
    return {"last": last_item}


@app.get("/limit")
def limit() -> dict:
    global HISTORY_LIMIT
    return {"limit": HISTORY_LIMIT}
