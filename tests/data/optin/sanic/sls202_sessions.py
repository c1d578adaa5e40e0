"""sanic-session keeps the session on request.ctx."""
# options: idempotency_exempt=/login,/cart

from sanic import Sanic
from sanic.response import json

app = Sanic("Accounts")


@app.post("/login")
async def login(request):
    request.ctx.session["user"] = request.json["username"]  # expect: SLS202:5
    return json({"ok": True})


@app.post("/cart")
async def cart(request):
    request.ctx.session["cart"] = request.json["items"]
    return json({"ok": True})
