"""Hand-rolled login: tokens and sessions kept in module dicts."""

import secrets
import uuid

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)

user_sessions: dict[str, dict] = {}
auth_tokens = {}
online_users = set()
revoked_jtis: set[str] = set()
PASSWORDS = {"bob": "builder"}


@app.post("/login")
def login():
    data = request.get_json()
    if PASSWORDS.get(data["username"]) != data["password"]:
        return jsonify(error="invalid"), 401
    session_id = uuid.uuid4().hex
    user_sessions[session_id] = {"user": data["username"]}  # expect: SLS103:5
    token = secrets.token_urlsafe()
    auth_tokens[token] = data["username"]  # expect: SLS103:5
    online_users.add(data["username"])  # expect: SLS103:5
    resp = make_response(jsonify(token=token))
    resp.set_cookie("session_id", session_id)
    return resp


@app.get("/profile")
def profile():
    user = auth_tokens.get(request.headers.get("Authorization", ""))
    return jsonify(user=user, online=len(online_users))


@app.post("/logout")
def logout():
    token = request.headers["Authorization"]
    del auth_tokens[token]  # expect: SLS103:5
    revoked_jtis.add(request.json["jti"])  # expect: SLS103:5
    user_sessions.pop(request.cookies["session_id"], None)  # expect: SLS103:5
    return "", 204
