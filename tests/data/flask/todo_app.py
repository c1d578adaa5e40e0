"""Flask todo app from a tutorial: the list lives in the worker's memory."""

import itertools

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

todos: list[dict] = []
by_id: dict[int, dict] = {}
ids = itertools.count(1)
completed_log = []


@app.route("/todos", methods=["GET", "POST"])
def todo_collection():
    if request.method == "POST":
        todo = {"id": next(ids), "title": request.json["title"], "done": False}  # expect: SLS101:23
        todos.append(todo)  # expect: SLS101:9
        by_id[todo["id"]] = todo  # expect: SLS101:9
        return jsonify(todo), 201
    return jsonify(todos)


@app.get("/todos/<int:todo_id>")
def get_todo(todo_id: int):
    todo = by_id.get(todo_id) or abort(404)
    return jsonify(todo)


@app.post("/todos/<int:todo_id>/done")
def mark_done(todo_id: int):
    todo = by_id[todo_id]
    todo["done"] = True  # expect: SLS101:5
    completed_log.insert(0, todo_id)  # expect: SLS101:5
    return jsonify(todo)


@app.post("/todos/complete-all")
def complete_all():
    for todo in todos:
        todo["done"] = True  # expect: SLS101:9
    return jsonify(todos)


@app.delete("/todos/<int:todo_id>")
def delete_todo(todo_id: int):
    todo = by_id.pop(todo_id)  # expect: SLS101:12
    todos.remove(todo)  # expect: SLS101:5
    return "", 204


@app.route("/todos/reset", methods=["POST"])
def reset():
    todos.clear()  # expect: SLS101:5
    by_id.clear()  # expect: SLS101:5
    return "", 204
