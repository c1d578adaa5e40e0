"""sanic-session with a shared store: Redis sessions set up at server start, the in-memory
interface only in debug runs, and Session() without an app (init_app names the interface)."""

import os

from redis import asyncio as aioredis
from sanic import Sanic, json
from sanic_session import AIORedisSessionInterface, InMemorySessionInterface, Session

DEBUG = os.environ.get("SANIC_DEBUG") == "1"
app = Sanic("Accounts")
session = Session()


@app.listener("before_server_start")
async def setup_sessions(app, loop):
    redis = aioredis.from_url(os.environ["REDIS_URL"])
    session.init_app(app, interface=AIORedisSessionInterface(redis))


if DEBUG:
    Session(app, interface=InMemorySessionInterface())

options = {"interface": AIORedisSessionInterface(aioredis.from_url(os.environ["REDIS_URL"]))}
Session(Sanic("Reports"), **options)


@app.get("/me")
async def me(request):
    return json({"user": request.ctx.session.get("user_id")})
