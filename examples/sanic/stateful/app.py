"""Sanic shop API with server-side sessions (and carts) in a dict.

What is wrong: ``login`` writes each new session, cart included, into the module-level
``sessions`` dict, and the cart handlers mutate it; ``checkout`` also bumps a ``global``
order counter. Sanic runs several worker processes, so a session created by one worker
is unknown to the others (random 401s and vanishing carts), and a restart logs everyone
out.
"""

import os
import secrets

import asyncpg
from sanic import Sanic
from sanic.exceptions import Unauthorized
from sanic.response import empty, json

app = Sanic("shop")
sessions: dict[str, dict] = {}
orders_placed = 0


@app.before_server_start
async def connect_db(app: Sanic) -> None:
    app.ctx.db = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.post("/login")
async def login(request):
    user = await request.app.ctx.db.fetchrow(
        "SELECT id FROM users WHERE email = $1 AND password_hash = crypt($2, password_hash)",
        request.json["email"], request.json["password"],
    )
    if user is None:
        raise Unauthorized("bad credentials")
    sid = secrets.token_urlsafe(32)
    sessions[sid] = {"user_id": user["id"], "cart": []}
    response = json({"ok": True})
    response.add_cookie("sid", sid, httponly=True, secure=True)
    return response


@app.post("/cart")
async def add_to_cart(request):
    sid = request.cookies.get("sid", "")
    if sid not in sessions:
        raise Unauthorized("log in first")
    sessions[sid]["cart"].append(request.json["sku"])
    return json({"cart": sessions[sid]["cart"]})


@app.post("/checkout")
async def checkout(request):
    global orders_placed
    session = sessions.get(request.cookies.get("sid", ""))
    if session is None:
        raise Unauthorized("log in first")
    order_id = await request.app.ctx.db.fetchval(
        "INSERT INTO orders (user_id, skus) VALUES ($1, $2) RETURNING id",
        session["user_id"], session["cart"],
    )
    session["cart"].clear()
    orders_placed += 1
    return json({"order_id": order_id}, status=201)


@app.post("/logout")
async def logout(request):
    sessions.pop(request.cookies.get("sid", ""), None)
    return empty()
