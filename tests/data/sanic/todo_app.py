"""Sanic todo API with in-memory storage."""

from itertools import count

from sanic import Blueprint, Sanic, json
from sanic.views import HTTPMethodView

app = Sanic("Todos")
bp = Blueprint("todos", url_prefix="/todos")

todos: dict[int, dict] = {}
ids = count(1)
done_log = []


@bp.post("/")
async def create(request):
    todo_id = next(ids)  # expect: SLS101:15
    todos[todo_id] = {"id": todo_id, **request.json}  # expect: SLS101:5
    return json(todos[todo_id], status=201)


@bp.get("/")
async def index(request):
    return json(list(todos.values()))


@bp.route("/<todo_id:int>/done", methods=["POST"])
async def done(request, todo_id: int):
    todo = todos[todo_id]
    todo["done"] = True  # expect: SLS101:5
    done_log.append(todo_id)  # expect: SLS101:5
    return json(todo)


class BaseTodoView(HTTPMethodView):
    async def get(self, request, todo_id: int):
        return json(todos[todo_id])


class TodoView(BaseTodoView):
    async def put(self, request, todo_id: int):
        todos[todo_id].update(request.json)  # expect: SLS101:9
        return json(todos[todo_id])

    async def delete(self, request, todo_id: int):
        todos.pop(todo_id)  # expect: SLS101:9
        return json({}, status=204)


@app.delete("/todos")
async def clear(request):
    todos.clear()  # expect: SLS101:5
    return json({})


bp.add_route(TodoView.as_view(), "/<todo_id:int>")
app.blueprint(bp)
