"""Falcon resources keeping todos in module memory."""

import itertools

import falcon

todos: dict[int, dict] = {}
ids = itertools.count(1)
deleted = []


class TodoCollection:
    def on_get(self, req, resp):
        resp.media = list(todos.values())

    def on_post(self, req, resp):
        todo_id = next(ids)  # expect: SLS101:19
        todos[todo_id] = {"id": todo_id, **req.get_media()}  # expect: SLS101:9
        resp.status = falcon.HTTP_201
        resp.media = todos[todo_id]


class TodoItem:
    def on_get(self, req, resp, todo_id):
        resp.media = todos[todo_id]

    def on_patch(self, req, resp, todo_id):
        todo = todos[todo_id]
        todo.update(req.get_media())  # expect: SLS101:9
        resp.media = todo

    def on_delete(self, req, resp, todo_id):
        deleted.append(todos.pop(todo_id))  # expect: SLS101:9
        resp.status = falcon.HTTP_204

    def on_post_archive(self, req, resp, todo_id):
        todos[todo_id]["archived"] = True  # expect: SLS101:9


app = falcon.App()
item = TodoItem()
app.add_route("/todos", TodoCollection())
app.add_route("/todos/{todo_id:int}", item)
app.add_route("/todos/{todo_id:int}/archive", item, suffix="archive")
