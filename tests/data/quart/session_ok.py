"""Quart's session is a signed cookie; `g` lives for one request. No findings."""

import redis.asyncio as redis
from quart import Quart, g, jsonify, request, session

app = Quart(__name__)
app.secret_key = "change-me"
r = redis.from_url("redis://localhost")


@app.before_request
async def load_user():
    g.user_id = session.get("user_id")


@app.post("/login")
async def login():
    form = await request.form
    session["user_id"] = form["username"]
    session.setdefault("visits", 0)
    await r.hset(f"user:{form['username']}", mapping={"last_login": "now"})
    return jsonify(ok=True)


@app.post("/visit")
async def visit():
    session["visits"] = session.get("visits", 0) + 1
    return jsonify(visits=session["visits"], user=g.user_id)


@app.post("/logout")
async def logout():
    session.clear()
    return jsonify(ok=True)
