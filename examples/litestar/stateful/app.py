"""Litestar todo API with a per-process todo store and user cache.

What is wrong: ``todos`` is a module-level dict that the handlers write, and the
``current_user`` dependency fills ``user_cache``, a cachetools ``TTLCache``. Each
instance keeps its own todos and its own copy of every user that nothing outside the
process can invalidate: a todo created on one instance 404s on the next, and a
deactivated account keeps working on every instance that still has it cached.
"""

import os
from dataclasses import dataclass
from uuid import UUID, uuid4

import jwt
from cachetools import TTLCache
from litestar import Litestar, Request, delete, get, post
from litestar.di import Provide
from litestar.exceptions import NotAuthorizedException, NotFoundException
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

engine = create_async_engine(os.environ["DATABASE_URL"])
JWT_SECRET = os.environ["JWT_SECRET"]

todos: dict[UUID, dict] = {}
user_cache: TTLCache = TTLCache(maxsize=10_000, ttl=300)


@dataclass
class TodoIn:
    title: str


async def current_user(request: Request) -> dict:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    user_id = int(jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"])
    if user_id not in user_cache:
        async with engine.connect() as conn:
            result = await conn.execute(text("SELECT * FROM users WHERE id = :i"), {"i": user_id})
            user_cache[user_id] = dict(result.mappings().one())
    if not user_cache[user_id]["is_active"]:
        raise NotAuthorizedException()
    return user_cache[user_id]


@get("/todos")
async def list_todos(user: dict) -> list[dict]:
    return [todo for todo in todos.values() if todo["owner"] == user["id"]]


@post("/todos")
async def create_todo(data: TodoIn, user: dict) -> dict:
    todo = {"id": uuid4(), "owner": user["id"], "title": data.title, "done": False}
    todos[todo["id"]] = todo
    return todo


@delete("/todos/{todo_id:uuid}")
async def delete_todo(todo_id: UUID, user: dict) -> None:
    todo = todos.get(todo_id)
    if todo is None or todo["owner"] != user["id"]:
        raise NotFoundException()
    del todos[todo_id]


app = Litestar(
    route_handlers=[list_todos, create_todo, delete_todo],
    dependencies={"user": Provide(current_user)},
)
