"""Litestar todo API that any instance can serve.

What makes it healthy: todos are rows in PostgreSQL; the ``current_user`` dependency
verifies a JWT and reads the user through Redis with an expiry: one copy shared by all
instances, which the user service can invalidate with a single DEL; settings come from
a parameterless ``@lru_cache`` function; the engine and the Redis client are created
once at import.
"""

import json
from dataclasses import dataclass
from functools import lru_cache
from uuid import UUID

import jwt
from litestar import Litestar, Request, delete, get, post
from litestar.di import Provide
from litestar.exceptions import NotAuthorizedException, NotFoundException
from pydantic_settings import BaseSettings
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine


class Settings(BaseSettings):
    database_url: str
    redis_url: str
    jwt_secret: str


@lru_cache
def get_settings() -> Settings:
    return Settings()


engine = create_async_engine(get_settings().database_url)
redis_client = Redis.from_url(get_settings().redis_url)
USER_TTL_SECONDS = 300


@dataclass
class TodoIn:
    title: str


async def query(sql: str, **params: object) -> list[dict]:
    async with engine.begin() as conn:
        return [dict(row) for row in (await conn.execute(text(sql), params)).mappings()]


async def current_user(request: Request) -> dict:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    user_id = int(jwt.decode(token, get_settings().jwt_secret, algorithms=["HS256"])["sub"])
    if (cached := await redis_client.get(f"user:{user_id}")) is not None:
        user = json.loads(cached)
    else:
        [user] = await query("SELECT id, name, is_active FROM users WHERE id = :i", i=user_id)
        await redis_client.set(f"user:{user_id}", json.dumps(user), ex=USER_TTL_SECONDS)
    if not user["is_active"]:
        raise NotAuthorizedException()
    return user


@get("/todos")
async def list_todos(user: dict) -> list[dict]:
    return await query("SELECT * FROM todos WHERE owner_id = :o", o=user["id"])


@post("/todos")
async def create_todo(data: TodoIn, user: dict, request: Request) -> dict:
    [todo] = await query(
        "INSERT INTO todos (owner_id, title, idempotency_key) VALUES (:o, :t, :k)"
        " ON CONFLICT (owner_id, idempotency_key) DO UPDATE SET title = :t RETURNING *",
        o=user["id"], t=data.title, k=request.headers["Idempotency-Key"],
    )
    return todo


@delete("/todos/{todo_id:uuid}")
async def delete_todo(todo_id: UUID, user: dict) -> None:
    if not await query("DELETE FROM todos WHERE id = :i AND owner_id = :o RETURNING id",
                       i=todo_id, o=user["id"]):
        raise NotFoundException()


app = Litestar(
    route_handlers=[list_todos, create_todo, delete_todo],
    dependencies={"user": Provide(current_user)},
)
