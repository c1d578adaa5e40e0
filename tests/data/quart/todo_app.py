"""Quart todo API with the list in process memory."""

from collections import defaultdict
from itertools import count

from quart import Quart, abort, jsonify, request

app = Quart(__name__)

todos: dict[int, dict] = {}
by_owner = defaultdict(list)
next_id = count(1)


@app.route("/todos", methods=["POST"])
async def create():
    data = await request.get_json()
    todo_id = next(next_id)  # expect: SLS101:15
    todos[todo_id] = {"id": todo_id, **data, "done": False}  # expect: SLS101:5
    by_owner[data["owner"]].append(todo_id)  # expect: SLS101:5
    return jsonify(todos[todo_id]), 201


@app.get("/todos")
async def index():
    owner = request.args.get("owner")
    ids = by_owner.get(owner, []) if owner else list(todos)
    return jsonify([todos[i] for i in ids])


@app.put("/todos/<int:todo_id>")
async def update(todo_id: int):
    if todo_id not in todos:
        abort(404)
    todos[todo_id].update(await request.get_json())  # expect: SLS101:5
    return jsonify(todos[todo_id])


@app.patch("/todos/<int:todo_id>/toggle")
async def toggle(todo_id: int):
    todo = todos[todo_id]
    todo["done"] = not todo["done"]  # expect: SLS101:5
    return jsonify(todo)


@app.delete("/todos/<int:todo_id>")
async def delete(todo_id: int):
    todo = todos.pop(todo_id)  # expect: SLS101:12
    by_owner[todo["owner"]].remove(todo_id)  # expect: SLS101:5
    return "", 204
