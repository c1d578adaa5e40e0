"""Todo API with login that keeps its state in process memory.

What is wrong: ``todos`` and ``sessions`` are module-level dicts written by the
handlers, and ``get_user`` caches user rows per ``user_id`` with ``lru_cache``.
Each worker has its own copy, everything is lost on restart, and a user logged in
on one instance is unknown to the next one behind the load balancer.
"""

import itertools
import os
import secrets
from functools import lru_cache

from fastapi import Cookie, Depends, FastAPI, HTTPException, Response
from passlib.context import CryptContext
from pydantic import BaseModel
from sqlalchemy import create_engine, text

app = FastAPI(title="todos")
engine = create_engine(os.environ["DATABASE_URL"])
pwd_context = CryptContext(schemes=["bcrypt"])

todos: dict[int, dict] = {}
sessions: dict[str, int] = {}
_ids = itertools.count(1)


class TodoIn(BaseModel):
    title: str
    done: bool = False


class Credentials(BaseModel):
    username: str
    password: str


@lru_cache(maxsize=1024)
def get_user(user_id: int) -> dict:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM users WHERE id = :id"), {"id": user_id})
        return dict(row.mappings().one())


def current_user(session_id: str | None = Cookie(default=None)) -> dict:
    if session_id is None or session_id not in sessions:
        raise HTTPException(status_code=401, detail="not logged in")
    return get_user(sessions[session_id])


@app.post("/login")
def login(credentials: Credentials, response: Response) -> dict:
    with engine.connect() as conn:
        row = conn.execute(
            text("SELECT id, password_hash FROM users WHERE username = :u"),
            {"u": credentials.username},
        ).first()
    if row is None or not pwd_context.verify(credentials.password, row.password_hash):
        raise HTTPException(status_code=401, detail="bad credentials")
    session_id = secrets.token_urlsafe(32)
    sessions[session_id] = row.id
    response.set_cookie("session_id", session_id, httponly=True)
    return {"ok": True}


@app.get("/todos")
def list_todos(user: dict = Depends(current_user)) -> list[dict]:
    return [t for t in todos.values() if t["owner"] == user["id"]]


@app.post("/todos", status_code=201)
def create_todo(todo: TodoIn, user: dict = Depends(current_user)) -> dict:
    todo_id = next(_ids)
    todos[todo_id] = {"id": todo_id, "owner": user["id"], **todo.model_dump()}
    return todos[todo_id]


@app.patch("/todos/{todo_id}/done")
def complete_todo(todo_id: int, user: dict = Depends(current_user)) -> dict:
    todo = todos.get(todo_id)
    if todo is None or todo["owner"] != user["id"]:
        raise HTTPException(status_code=404)
    todo["done"] = True
    return todo
