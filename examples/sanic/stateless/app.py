"""Sanic shop API that any worker or instance can serve.

What makes it healthy: ``login`` issues a signed JWT and an ``on_request`` hook
verifies it, keeping the user id in ``request.ctx`` (this request only); carts are
Redis lists keyed by user id with an expiry; the order counter is a Redis ``INCR``;
the database pool is created once in ``before_server_start``; a compiled regex and
other constants are only read.
"""

import os
import re
from datetime import datetime, timedelta, timezone

import asyncpg
import jwt
from redis.asyncio import Redis
from sanic import Sanic
from sanic.exceptions import BadRequest, Unauthorized
from sanic.response import json

app = Sanic("shop")
redis_client = Redis.from_url(os.environ["REDIS_URL"])
JWT_SECRET = os.environ["JWT_SECRET"]
SKU_RE = re.compile(r"^[A-Z]{3}-\d{4}$")
CART_TTL = timedelta(days=7)


@app.before_server_start
async def connect_db(app: Sanic) -> None:
    app.ctx.db = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.on_request
async def authenticate(request):
    if request.path == "/login":
        return
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    try:
        request.ctx.user_id = int(jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"])
    except jwt.PyJWTError:
        raise Unauthorized("log in first") from None


@app.post("/login")
async def login(request):
    user = await request.app.ctx.db.fetchrow(
        "SELECT id FROM users WHERE email = $1 AND password_hash = crypt($2, password_hash)",
        request.json["email"], request.json["password"],
    )
    if user is None:
        raise Unauthorized("bad credentials")
    claims = {"sub": str(user["id"]), "exp": datetime.now(timezone.utc) + timedelta(hours=1)}
    return json({"token": jwt.encode(claims, JWT_SECRET, algorithm="HS256")})


@app.post("/cart")
async def add_to_cart(request):
    retry_key = request.headers.get("Idempotency-Key")
    if retry_key and not await redis_client.set(f"idem:{retry_key}", 1, nx=True, ex=CART_TTL):
        return json({"error": "already added"}, status=409)
    if not SKU_RE.match(request.json["sku"]):
        raise BadRequest("unknown SKU format")
    key = f"cart:{request.ctx.user_id}"
    await redis_client.rpush(key, request.json["sku"])
    await redis_client.expire(key, CART_TTL)
    return json({"cart": [sku.decode() for sku in await redis_client.lrange(key, 0, -1)]})


@app.post("/checkout")
async def checkout(request):
    key = f"cart:{request.ctx.user_id}"
    skus = [sku.decode() for sku in await redis_client.lrange(key, 0, -1)]
    order_id = await request.app.ctx.db.fetchval(
        "INSERT INTO orders (user_id, skus, idempotency_key) VALUES ($1, $2, $3)"
        " ON CONFLICT (idempotency_key) DO UPDATE SET skus = orders.skus RETURNING id",
        request.ctx.user_id, skus, request.headers["Idempotency-Key"],
    )
    await redis_client.delete(key)
    await redis_client.incr("stats:orders")
    return json({"order_id": order_id}, status=201)
