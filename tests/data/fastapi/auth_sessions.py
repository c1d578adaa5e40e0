"""Login with server-side sessions kept in module dicts: breaks behind a load balancer."""

import secrets
import time

from fastapi import Cookie, FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI()

sessions: dict[str, dict] = {}
active_users: set[str] = set()
refresh_tokens = {}
users_by_key: dict[str, str] = {}
USERS = {"alice": "wonderland"}


class Credentials(BaseModel):
    username: str
    password: str


@app.post("/login")
def login(creds: Credentials, response: Response) -> dict:
    if USERS.get(creds.username) != creds.password:
        raise HTTPException(status_code=401)
    session_id = secrets.token_urlsafe(32)
    sessions[session_id] = {"user": creds.username, "at": time.time()}  # expect: SLS103:5
    active_users.add(creds.username)  # expect: SLS103:5
    refresh = secrets.token_hex(16)
    refresh_tokens[refresh] = creds.username  # expect: SLS103:5
    response.set_cookie("session_id", session_id, httponly=True)
    return {"refresh": refresh}


@app.post("/keys")
def issue_key(session_id: str = Cookie()) -> dict:
    user = sessions[session_id]["user"]
    token = secrets.token_urlsafe(24)
    # Not a session name, but keyed by a token value: still a session store.
    users_by_key[token] = user  # expect: SLS103:5
    return {"token": token}


@app.get("/me")
def me(session_id: str = Cookie()) -> dict:
    session = sessions.get(session_id)
    if session is None:
        raise HTTPException(status_code=401)
    return {"user": session["user"]}


@app.post("/logout")
def logout(response: Response, session_id: str = Cookie()) -> dict:
    user = sessions.pop(session_id)["user"]  # expect: SLS103:12
    active_users.discard(user)  # expect: SLS103:5
    response.delete_cookie("session_id")
    return {"ok": True}
