"""Starlette task board with todos in a dict and users cached per process.

What is wrong: the endpoints write the module-level ``todos`` dict (and the todo dicts
inside it), and ``get_user`` caches user-service responses per user_id with
``async_lru.alru_cache``. Each worker has its own todos, and a renamed or deactivated
user stays cached, never invalidated, in every worker that has seen it.
"""

import itertools
import os

import httpx
from async_lru import alru_cache
from starlette.applications import Starlette
from starlette.endpoints import HTTPEndpoint
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

users_api = httpx.AsyncClient(base_url=os.environ["USERS_API_URL"], timeout=5)
todos: dict[int, dict] = {}
ids = itertools.count(1)


@alru_cache(maxsize=4096)
async def get_user(user_id: int) -> dict:
    response = await users_api.get(f"/users/{user_id}")
    response.raise_for_status()
    return response.json()


class TodoList(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        return JSONResponse(list(todos.values()))

    async def post(self, request: Request) -> Response:
        payload = await request.json()
        todo_id = next(ids)
        todos[todo_id] = {"id": todo_id, "title": payload["title"], "assignee": None}
        return JSONResponse(todos[todo_id], status_code=201)


class TodoDetail(HTTPEndpoint):
    async def get(self, request: Request) -> Response:
        if request.path_params["todo_id"] not in todos:
            raise HTTPException(status_code=404)
        return JSONResponse(todos[request.path_params["todo_id"]])

    async def delete(self, request: Request) -> Response:
        if todos.pop(request.path_params["todo_id"], None) is None:
            raise HTTPException(status_code=404)
        return Response(status_code=204)


async def assign(request: Request) -> Response:
    todo = todos.get(request.path_params["todo_id"])
    if todo is None:
        raise HTTPException(status_code=404)
    payload = await request.json()
    todo["assignee"] = await get_user(payload["assignee_id"])
    return JSONResponse(todo)


app = Starlette(
    routes=[
        Route("/todos", TodoList),
        Route("/todos/{todo_id:int}", TodoDetail),
        Route("/todos/{todo_id:int}/assignee", assign, methods=["PUT"]),
    ]
)
