"""Todo API keeping its data in process memory, the shape of many tutorials."""

import itertools
from collections import defaultdict

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="Todos")

todos: dict[int, dict] = {}
tags_by_todo = defaultdict(set)
_ids = itertools.count(1)
audit_log: list[str] = []


class TodoIn(BaseModel):
    title: str
    tags: list[str] = []


@app.post("/todos", status_code=201)
async def create_todo(payload: TodoIn) -> dict:
    todo_id = next(_ids)  # expect: SLS101:15
    todos[todo_id] = {"id": todo_id, "title": payload.title, "done": False}  # expect: SLS101:5
    tags_by_todo[todo_id].update(payload.tags)  # expect: SLS101:5
    audit_log.append(f"created {todo_id}")  # expect: SLS101:5
    return todos[todo_id]


@app.get("/todos")
async def list_todos(done: bool | None = None) -> list[dict]:
    # Reads of a module container are fine.
    if done is None:
        return list(todos.values())
    return [t for t in todos.values() if t["done"] is done]


@app.get("/todos/{todo_id}")
async def get_todo(todo_id: int) -> dict:
    if todo_id not in todos:
        raise HTTPException(status_code=404, detail="Todo not found")
    return todos[todo_id]


@app.patch("/todos/{todo_id}/done")
async def complete(todo_id: int) -> dict:
    item = todos[todo_id]
    item["done"] = True  # expect: SLS101:5
    return item


@app.put("/todos/{todo_id}/tags/{tag}")
async def add_tag(todo_id: int, tag: str) -> dict:
    tags = tags_by_todo[todo_id]
    tags.add(tag)  # expect: SLS101:5
    return {"tags": sorted(tags)}


@app.delete("/todos/{todo_id}", status_code=204)
def delete_todo(todo_id: int) -> None:
    del todos[todo_id]  # expect: SLS101:5
    tags_by_todo.pop(todo_id, None)  # expect: SLS101:5
