"""A Flask app that routes view functions of another module with add_url_rule."""

from flask import Flask

from flaskapp import handlers, resources
from flaskapp.config import Api
from flaskapp.handlers import ping

app = Flask(__name__)
app.add_url_rule("/visits", view_func=handlers.count_visit)
app.add_url_rule("/ping", "ping", ping)

api = Api(app)
api.add_resource(resources.Todo, "/todos/<todo_id>")
