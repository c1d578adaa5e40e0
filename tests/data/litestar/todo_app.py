"""Litestar todo app: decorated handlers, a Controller, Provide dependencies."""

from dataclasses import dataclass

import litestar
from litestar import Controller, Litestar, Router, delete, get, patch, post
from litestar.di import Provide

TODOS: list["Todo"] = []
by_title: dict[str, "Todo"] = {}
requests_seen = []


@dataclass
class Todo:
    title: str
    done: bool = False


async def provide_todos() -> list[Todo]:
    requests_seen.append("todos")  # expect: SLS101:5
    return TODOS


@post("/todos")
async def add_todo(data: Todo) -> Todo:
    TODOS.append(data)  # expect: SLS101:5
    by_title[data.title] = data  # expect: SLS101:5
    return data


@get("/todos", dependencies={"todos": Provide(provide_todos)})
async def list_todos(todos: list[Todo]) -> list[Todo]:
    return todos


@litestar.put("/todos/done")
async def finish_all() -> list[Todo]:
    for todo in TODOS:
        todo.done = True  # expect: SLS101:9
    return TODOS


class TodoController(Controller):
    path = "/todo"

    @patch("/{title:str}")
    async def rename(self, title: str, data: dict) -> Todo:
        todo = by_title.pop(title)  # expect: SLS101:16
        renamed = Todo(title=data["title"], done=todo.done)
        by_title[renamed.title] = renamed  # expect: SLS101:9
        return renamed

    @delete("/{title:str}")
    async def remove(self, title: str) -> None:
        TODOS.remove(by_title[title])  # expect: SLS101:9


api = Router(path="/api", route_handlers=[TodoController])
app = Litestar(route_handlers=[add_todo, list_todos, finish_all, api])
