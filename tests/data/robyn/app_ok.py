"""A Robyn app whose state lives in Redis; start-up and shut-down handlers run once per
process; per-request values stay on the request. No findings."""

import redis.asyncio as redis
from robyn import Request, Robyn, jsonify

app = Robyn(__file__)
app.configure_sessions(secret_key="change-me")
clients = {}
DEFAULT_PAGE = {"size": 20}


async def startup():
    clients["redis"] = redis.from_url("redis://cache:6379")


async def shutdown():
    await clients.pop("redis").aclose()


app.startup_handler(startup)
app.shutdown_handler(shutdown)


@app.get("/items")
async def items(request: Request):
    page = dict(DEFAULT_PAGE)
    page["size"] = int(request.query_params.get("size", 20))
    names = await clients["redis"].lrange("items", 0, page["size"])
    return jsonify({"items": [n.decode() for n in names]})


@app.before_request()
async def stamp(request: Request):
    request.headers.set("x-seen", "1")
    return request


@app.websocket("/feed")
async def feed(websocket):
    seen = []
    while True:
        seen.append(await websocket.receive_text())
        await clients["redis"].publish("feed", seen[-1])
