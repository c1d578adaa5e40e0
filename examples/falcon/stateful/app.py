"""Falcon todo API that stores todos in a module-level dict.

What is wrong: ``todos`` lives in the worker's memory and every responder that writes
(create, complete, complete-all, delete) mutates it, directly or through the todo
dicts it holds. With several gunicorn workers or pods, each one answers from its own
dict, so clients see todos appear and disappear; a restart loses all of them.
"""

import uuid

import falcon

todos: dict[str, dict] = {}


class TodoCollection:
    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        resp.media = list(todos.values())

    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        todo_id = uuid.uuid4().hex
        todos[todo_id] = {"id": todo_id, "title": req.get_media()["title"], "done": False}
        resp.media = todos[todo_id]
        resp.status = falcon.HTTP_201

    def on_post_complete_all(self, req: falcon.Request, resp: falcon.Response) -> None:
        for todo in todos.values():
            todo["done"] = True
        resp.status = falcon.HTTP_204


class TodoItem:
    def on_get(self, req: falcon.Request, resp: falcon.Response, todo_id: str) -> None:
        if todo_id not in todos:
            raise falcon.HTTPNotFound()
        resp.media = todos[todo_id]

    def on_patch(self, req: falcon.Request, resp: falcon.Response, todo_id: str) -> None:
        todo = todos.get(todo_id)
        if todo is None:
            raise falcon.HTTPNotFound()
        todo.update(req.get_media())
        resp.media = todo

    def on_delete(self, req: falcon.Request, resp: falcon.Response, todo_id: str) -> None:
        if todos.pop(todo_id, None) is None:
            raise falcon.HTTPNotFound()
        resp.status = falcon.HTTP_204


app = falcon.App()
todo_collection = TodoCollection()
app.add_route("/todos", todo_collection)
app.add_route("/todos/complete-all", todo_collection, suffix="complete_all")
app.add_route("/todos/{todo_id}", TodoItem())
