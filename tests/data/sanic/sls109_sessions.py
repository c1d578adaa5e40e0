"""A Sanic shop keeping its sessions in sanic-session's in-memory interface."""

from sanic import Sanic, json
from sanic_session import InMemorySessionInterface, Session

app = Sanic("Shop")
Session(app, interface=InMemorySessionInterface())  # expect: SLS109:24


@app.post("/cart")
async def add_to_cart(request):
    cart = request.ctx.session.get("cart", [])
    request.ctx.session["cart"] = [*cart, request.json["sku"]]
    return json({"items": len(request.ctx.session["cart"])})
