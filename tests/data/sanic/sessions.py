"""Sanic login storing sessions in module memory."""

import uuid

from sanic import Sanic, json

app = Sanic("Auth")
sessions: dict[str, str] = {}
jwt_denylist = set()


@app.post("/login")
async def login(request):
    sid = uuid.uuid4().hex
    sessions[sid] = request.json["username"]  # expect: SLS103:5
    return json({"sid": sid})


@app.post("/logout")
async def logout(request):
    del sessions[request.headers["x-session"]]  # expect: SLS103:5
    jwt_denylist.add(request.json["jti"])  # expect: SLS103:5
    return json({"ok": True})


@app.get("/me")
async def me(request):
    return json({"user": sessions.get(request.headers.get("x-session", ""))})
