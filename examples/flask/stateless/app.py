"""Flask todo app that any worker or instance can serve.

What makes it healthy: login returns a signed JWT and ``before_app_request`` verifies
it on every request, keeping the user id in ``flask.g`` (request-local); todos are rows
in PostgreSQL; the request counter is a Redis ``INCR``. Module level holds only the
blueprint, the engine, the Redis client, a logger and constants.
"""

import logging
import os
from datetime import datetime, timedelta, timezone

import jwt
import redis
from flask import Blueprint, Flask, abort, current_app, g, jsonify, request
from sqlalchemy import create_engine, text
from werkzeug.security import check_password_hash

bp = Blueprint("todos", __name__)
engine = create_engine(os.environ["DATABASE_URL"])
redis_client = redis.Redis.from_url(os.environ["REDIS_URL"])
logger = logging.getLogger(__name__)
PUBLIC_ENDPOINTS = frozenset({"todos.login"})
TOKEN_TTL = timedelta(hours=1)


def query(sql, **params):
    with engine.begin() as conn:
        return [dict(row) for row in conn.execute(text(sql), params).mappings()]


@bp.before_app_request
def authenticate():
    redis_client.incr("stats:requests")
    if request.endpoint in PUBLIC_ENDPOINTS:
        return
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        claims = jwt.decode(token, current_app.config["SECRET_KEY"], algorithms=["HS256"])
    except jwt.PyJWTError:
        abort(401)
    g.user_id = int(claims["sub"])


@bp.post("/login")
def login():
    data = request.get_json()
    users = query("SELECT id, password_hash FROM users WHERE email = :e", e=data["email"])
    if not users or not check_password_hash(users[0]["password_hash"], data["password"]):
        logger.info("failed login for %s", data["email"])
        abort(401)
    claims = {"sub": str(users[0]["id"]), "exp": datetime.now(timezone.utc) + TOKEN_TTL}
    return {"token": jwt.encode(claims, current_app.config["SECRET_KEY"], algorithm="HS256")}


@bp.get("/todos")
def list_todos():
    return jsonify(query("SELECT * FROM todos WHERE owner_id = :o", o=g.user_id))


@bp.post("/todos")
def create_todo():
    rows = query(
        "INSERT INTO todos (owner_id, title, idempotency_key) VALUES (:o, :t, :k)"
        " ON CONFLICT (owner_id, idempotency_key) DO UPDATE SET title = :t RETURNING *",
        o=g.user_id, t=request.json["title"], k=request.headers["Idempotency-Key"],
    )
    return rows[0], 201


@bp.delete("/todos/<int:todo_id>")
def delete_todo(todo_id):
    query("DELETE FROM todos WHERE id = :i AND owner_id = :o", i=todo_id, o=g.user_id)
    return "", 204


@bp.get("/stats")
def stats():
    return {"requests": int(redis_client.get("stats:requests") or 0)}


def create_app():
    app = Flask(__name__)
    app.config.from_prefixed_env()
    app.register_blueprint(bp)
    return app
