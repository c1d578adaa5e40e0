"""Sanic: app and blueprint routes, and an HTTPMethodView."""

from sanic import Blueprint, Sanic
from sanic.exceptions import BadRequest
from sanic.response import json
from sanic.views import HTTPMethodView

app = Sanic("Shop")
bp = Blueprint("carts", url_prefix="/carts")


@app.post("/orders")
async def create_order(request):  # expect: SLS201:1
    async with request.app.ctx.db.acquire() as conn:
        await conn.execute("INSERT INTO orders (sku) VALUES ($1)", request.json["sku"])
    return json(request.json, status=201)


@bp.route("/<cart_id:int>/items", methods=["POST"])
async def add_item(request, cart_id: int):
    if "idempotency-key" not in request.headers:
        raise BadRequest("Idempotency-Key required")
    return json({"cart": cart_id})


@app.get("/orders")
async def list_orders(request):
    return json([])


class ProfileView(HTTPMethodView):
    async def get(self, request):
        return json({})

    async def patch(self, request):  # expect: SLS201:5
        await request.app.ctx.profiles.update_profile(request.ctx.user_id, request.json)
        return json(request.json)


app.add_route(ProfileView.as_view(), "/profile")
app.blueprint(bp)
