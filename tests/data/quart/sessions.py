"""Quart login with a module-level session store."""

import secrets

from quart import Quart, jsonify, request

app = Quart(__name__)

sessions: dict[str, str] = {}
refresh_tokens = {}
ACCOUNTS = {"carol": "pw"}


@app.post("/login")
async def login():
    form = await request.form
    if ACCOUNTS.get(form["username"]) != form["password"]:
        return jsonify(error="denied"), 401
    sid = secrets.token_hex(16)
    sessions[sid] = form["username"]  # expect: SLS103:5
    refresh = secrets.token_urlsafe()
    refresh_tokens[refresh] = sid  # expect: SLS103:5
    return jsonify(sid=sid, refresh=refresh)


@app.post("/refresh")
async def refresh():
    old = (await request.get_json())["refresh"]
    sid = refresh_tokens.pop(old)  # expect: SLS103:11
    return jsonify(user=sessions[sid])


@app.post("/logout")
async def logout():
    sessions.pop(request.headers["X-Session"], None)  # expect: SLS103:5
    return "", 204
