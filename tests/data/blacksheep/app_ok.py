"""A BlackSheep app with its state in a database, set up at start; per-request values on the
request; lifecycle events and controllers' own attributes. No findings."""

from blacksheep import Application, Request, json
from blacksheep.server.controllers import APIController, get

from .db import Database

app = Application()
app.use_sessions("change-me")
STATUSES = ("open", "done")
clients = {}


async def open_db(application: Application):
    clients["db"] = Database("postgres://db/app")


app.on_start += open_db


@app.lifespan
async def http_client():
    clients["http"] = object()
    yield
    clients.clear()


async def tag_request(request: Request, handler):
    request.scope["tag"] = "api"
    return await handler(request)


app.middlewares.append(tag_request)


@app.router.get("/tasks")
async def tasks(request: Request):
    rows = await clients["db"].fetch("select * from tasks")
    result = [dict(row) for row in rows]
    result.append({"status": STATUSES[0]})
    return json(result)


class Tasks(APIController):
    async def on_request(self, request: Request):
        self.user = request.user
        self.seen = []

    @get("/{task_id}")
    async def get_task(self, task_id: int):
        self.seen.append(task_id)
        self.task_id = task_id
        return self.json(await clients["db"].fetch_one("select * from tasks where id=$1", task_id))
