"""Sanic: app.ctx and app.config are per worker process (SLS108 on writes in handlers)."""

from sanic import Sanic, json
from sanic.views import HTTPMethodView

app = Sanic("shop")
app.config.FALLBACK_ERROR_FORMAT = "json"


@app.before_server_start
async def setup_db(app, loop):
    # Setup: runs once per worker before serving. No findings.
    app.ctx.db = object()
    app.ctx.carts = {}
    app.config.update({"REQUEST_TIMEOUT": 30})


@app.on_request
async def attach_user(request):
    # Request-scoped: request.ctx. No findings.
    request.ctx.user = request.headers.get("x-user")


@app.post("/cart/<sku>")
async def add_to_cart(request, sku: str):
    request.app.ctx.carts.setdefault(request.ctx.user, []).append(sku)  # expect: SLS108:5
    app.ctx.last_sku = sku  # expect: SLS108:5
    return json({"cart": request.app.ctx.carts[request.ctx.user]})


@app.post("/timeout")
async def set_timeout(request):
    request.app.config.REQUEST_TIMEOUT = request.json["seconds"]  # expect: SLS108:5
    return json({"timeout": request.app.config.REQUEST_TIMEOUT})


class ProfileView(HTTPMethodView):
    """Sanic makes an HTTPMethodView per request: only the class-level dict is shared."""

    decorators = []
    seen_by = {}

    async def get(self, request, user_id: int):
        self.user_id = user_id
        self.tags = []
        self.tags.append("seen")
        self.seen_by[user_id] = request.ctx.user  # expect: SLS107:9
        row = await request.app.ctx.db.fetch(user_id)
        return json({"id": self.user_id, "row": row})


app.add_route(ProfileView.as_view(), "/users/<user_id:int>")
