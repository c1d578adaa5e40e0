"""Flask todo app whose state lives in the worker process.

What is wrong: ``sessions`` (session id -> user id) and ``todos`` are module-level
dicts written by the views, and a ``before_app_request`` hook bumps a ``global``
counter. Under ``gunicorn -w 4`` every worker sees a different subset of logins and
todos, the counter is per worker, and a deploy wipes everything.
"""

import os
import secrets
import uuid

from flask import Blueprint, Flask, abort, jsonify, request
from sqlalchemy import create_engine, text
from werkzeug.security import check_password_hash

bp = Blueprint("todos", __name__)
engine = create_engine(os.environ["DATABASE_URL"])

sessions = {}
todos = {}
request_count = 0


@bp.before_app_request
def count_request():
    global request_count
    request_count += 1


def current_user_id():
    user_id = sessions.get(request.headers.get("X-Session-Id", ""))
    if user_id is None:
        abort(401)
    return user_id


@bp.post("/login")
def login():
    data = request.get_json()
    with engine.connect() as conn:
        user = conn.execute(
            text("SELECT id, password_hash FROM users WHERE email = :e"), {"e": data["email"]}
        ).first()
    if user is None or not check_password_hash(user.password_hash, data["password"]):
        abort(401)
    session_id = secrets.token_hex(16)
    sessions[session_id] = user.id
    return {"session_id": session_id}


@bp.get("/todos")
def list_todos():
    user_id = current_user_id()
    return jsonify([todo for todo in todos.values() if todo["owner"] == user_id])


@bp.post("/todos")
def create_todo():
    todo = {"id": uuid.uuid4().hex, "owner": current_user_id(), "title": request.json["title"]}
    todos[todo["id"]] = todo
    return todo, 201


@bp.delete("/todos/<todo_id>")
def delete_todo(todo_id):
    if todos.get(todo_id, {}).get("owner") != current_user_id():
        abort(404)
    todos.pop(todo_id)
    return "", 204


@bp.get("/stats")
def stats():
    return {"requests": request_count, "todos": len(todos)}


def create_app():
    app = Flask(__name__)
    app.register_blueprint(bp)
    return app
