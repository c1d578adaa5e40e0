"""Flask class-based views: one instance per request, unless init_every_request = False."""

from flask import Flask, g, jsonify, request
from flask.views import MethodView, View
from flask_restful import Api, Resource

app = Flask(__name__)
api = Api(app)


class CachedView(View):
    # One instance made by as_view() serves every request (flask/views.py).
    init_every_request = False

    def __init__(self, template):
        self.template = template
        self.rendered = {}

    def dispatch_request(self, name):
        self.name = name  # expect: SLS106:9
        self.rendered[name] = self.template.format(name=name)  # expect: SLS106:9
        return self.rendered[name]


class GreetingView(CachedView):
    # The flag is inherited: still one shared instance.
    def dispatch_request(self, name):
        self.greeting = f"hello {name}"  # expect: SLS106:9
        return self.greeting


class ItemAPI(MethodView):
    init_every_request = False
    methods = ["GET", "POST"]
    decorators = []

    def __init__(self, model):
        self.model = model

    def get(self, item_id):
        self.current = self.model.get(item_id)  # expect: SLS106:9
        return jsonify(self.current)

    def post(self):
        g.item = self.model.create(request.json)
        return jsonify(g.item), 201


class UserAPI(MethodView):
    """No findings: by default Flask makes a MethodView per request."""

    methods = ["GET"]

    def get(self, user_id):
        self.user = {"id": user_id}
        self.tags = []
        self.tags.append("seen")
        return jsonify(self.user)


class Todo(Resource):
    """No findings: a Flask-RESTful Resource is a MethodView made per request."""

    method_decorators = []

    def get(self, todo_id):
        self.todo_id = todo_id
        return {"id": self.todo_id}


class PerRequestView(View):
    """No findings: the flag says one instance per request."""

    init_every_request = True

    def dispatch_request(self):
        self.started = True
        return "ok"


app.add_url_rule("/hello/<name>", view_func=CachedView.as_view("hello", "Hello {name}"))
app.add_url_rule("/greet/<name>", view_func=GreetingView.as_view("greet", "{name}"))
app.add_url_rule("/items/<int:item_id>", view_func=ItemAPI.as_view("item", dict))
app.add_url_rule("/users/<int:user_id>", view_func=UserAPI.as_view("user"))
app.add_url_rule("/ping", view_func=PerRequestView.as_view("ping"))
api.add_resource(Todo, "/todos/<int:todo_id>")
