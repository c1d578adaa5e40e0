"""Flask-RESTful resources whose base comes through config.py (a re-export of
flask_restful.Resource): made per request, their HTTP methods are request scope."""

from flaskapp.config import Resource

todos: dict[str, str] = {}


class Todo(Resource):
    def get(self, todo_id):
        return {todo_id: todos.get(todo_id)}

    def put(self, todo_id, text):
        todos[todo_id] = text  # expect: SLS101:9
        self.last = todo_id  # one instance per request: not shared
        return {todo_id: text}


class Exporter:
    """Not a resource: its methods are not request scope."""

    def run(self):
        todos.clear()
