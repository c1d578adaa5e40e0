"""A BlackSheep app keeping its data in module memory, registered every way BlackSheep has."""

from blacksheep import Application, Request, Router, json, ws
from blacksheep.server.websocket import WebSocket

api = Router()
app = Application(router=api)

todos: dict[int, dict] = {}
next_id = {"value": 0}
visits = []
errors = []
sockets = set()


@api.get("/todos")
async def list_todos():
    visits.append("list")  # expect: SLS101:5
    return json(list(todos.values()))


@api.post("/todos")
async def create_todo(request: Request):
    data = await request.json()
    next_id["value"] += 1  # expect: SLS101:5
    todos[next_id["value"]] = data  # expect: SLS101:5
    return json(data, status=201)


@app.router.delete("/todos/{todo_id}")
async def delete_todo(todo_id: int):
    todos.pop(todo_id, None)  # expect: SLS101:5


@app.router.route("/todos/{todo_id}/done", methods=["PUT", "PATCH"])
async def finish(todo_id: int):
    todos[todo_id]["done"] = True  # expect: SLS101:5


async def todo_count():
    visits.append("count")  # expect: SLS101:5
    return json({"count": len(todos)})


async def clear_todos():
    todos.clear()  # expect: SLS101:5


app.router.add_get("/todos/count", todo_count)
app.router.add("DELETE", "/todos", clear_todos)


@ws("/live")
async def live(websocket: WebSocket):
    await websocket.accept()
    sockets.add(websocket)  # expect: SLS101:5
    async for message in websocket.iter_text():
        visits.append(message)  # expect: SLS101:9


@app.exception_handler(KeyError)
async def not_found(app, request, exc):
    errors.append(str(exc))  # expect: SLS101:5
    return json({"error": "not found"}, status=404)
