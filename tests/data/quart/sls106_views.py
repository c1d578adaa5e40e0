"""Quart class-based views follow Flask: shared only with init_every_request = False."""

from quart import Quart, g, request
from quart.views import MethodView

app = Quart(__name__)


class StreamView(MethodView):
    init_every_request = False

    def __init__(self, hub):
        self.hub = hub
        self.subscribers = []

    async def get(self):
        self.client = request.remote_addr  # expect: SLS106:9
        self.subscribers.append(self.client)  # expect: SLS106:9
        return {"subscribers": len(self.subscribers)}


class ProfileView(MethodView):
    """No findings: a new instance per request by default."""

    async def get(self, user_id):
        self.user_id = user_id
        g.user_id = user_id
        return {"id": self.user_id}

    async def post(self, user_id):
        self.payload = await request.get_json()
        return {"id": user_id, **self.payload}


app.add_url_rule("/stream", view_func=StreamView.as_view("stream", object()))
app.add_url_rule("/users/<int:user_id>", view_func=ProfileView.as_view("profile"))
