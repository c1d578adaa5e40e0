"""Starlette task board that any worker or instance can serve.

What makes it healthy: todos are rows in PostgreSQL (async engine created at import);
user-service responses are cached in Redis with a short expiry, one copy shared by
all workers; the HTTP client, the Redis client, a logger and constants are the only
module-level objects, and handlers only read them.
"""

import json
import logging
import os

import httpx
from redis.asyncio import Redis
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine
from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

engine = create_async_engine(os.environ["DATABASE_URL"])
redis_client = Redis.from_url(os.environ["REDIS_URL"])
users_api = httpx.AsyncClient(base_url=os.environ["USERS_API_URL"], timeout=5)
logger = logging.getLogger(__name__)
USER_TTL_SECONDS = 60


async def query(sql: str, **params: object) -> list[dict]:
    async with engine.begin() as conn:
        return [dict(row) for row in (await conn.execute(text(sql), params)).mappings()]


async def get_user(user_id: int) -> dict:
    if (cached := await redis_client.get(f"user:{user_id}")) is not None:
        return json.loads(cached)
    response = await users_api.get(f"/users/{user_id}")
    response.raise_for_status()
    await redis_client.set(f"user:{user_id}", response.content, ex=USER_TTL_SECONDS)
    return response.json()


class TodoList(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        return JSONResponse(await query("SELECT * FROM todos ORDER BY id"))

    async def post(self, request: Request) -> Response:
        payload = await request.json()
        [todo] = await query(
            "INSERT INTO todos (title, idempotency_key) VALUES (:t, :k) ON CONFLICT"
            " (idempotency_key) DO UPDATE SET title = :t RETURNING *",
            t=payload["title"], k=request.headers["Idempotency-Key"],
        )
        return JSONResponse(todo, status_code=201)


class TodoDetail(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        rows = await query("SELECT * FROM todos WHERE id = :i", i=request.path_params["todo_id"])
        if not rows:
            raise HTTPException(status_code=404)
        return JSONResponse(rows[0])

    async def delete(self, request: Request) -> Response:
        if not await query("DELETE FROM todos WHERE id = :i RETURNING id",
                           i=request.path_params["todo_id"]):
            raise HTTPException(status_code=404)
        return Response(status_code=204)


async def assign(request: Request) -> Response:
    payload = await request.json()
    user = await get_user(payload["assignee_id"])
    rows = await query("UPDATE todos SET assignee = :a WHERE id = :i RETURNING *",
                       a=json.dumps(user), i=request.path_params["todo_id"])
    if not rows:
        raise HTTPException(status_code=404)
    logger.info("todo %s assigned to %s", rows[0]["id"], user["id"])
    return JSONResponse(rows[0])


app = Starlette(
    routes=[
        Route("/todos", TodoList),
        Route("/todos/{todo_id:int}", TodoDetail),
        Route("/todos/{todo_id:int}/assignee", assign, methods=["PUT"]),
    ]
)
