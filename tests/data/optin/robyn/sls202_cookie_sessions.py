"""Robyn's sessions are signed cookies (robyn/session.py): writing the login into
``request.session`` keeps it with the client, not in a server session. No findings."""

from robyn import Request, Robyn

app = Robyn(__file__)
app.configure_sessions(secret_key="change-me")


@app.post("/login")
async def login(request: Request):
    body = request.json()
    request.session["user_id"] = body["user_id"]
    request.session.update(username=body["name"])
    return "ok"
