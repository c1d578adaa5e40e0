"""Flask-SocketIO keeps a copy of flask.session per connection (manage_session, the default):
an event handler writing it uses the framework's per-connection store, not a login kept in a
server session. The HTTP login route beside it is SLS202."""

from flask import Flask, request, session
from flask import session as flask_session
from flask_login import login_user
from flask_socketio import Namespace, SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)


@app.post("/login")
def login():
    session["user_id"] = request.form["user_id"]  # expect: SLS202:5
    return {"ok": True}


@socketio.on("connect")
def on_connect(auth):
    session["user"] = auth["user"]
    flask_session.update(user_id=auth["user_id"])
    remember(auth)


def remember(auth):
    current = session
    current["username"] = auth["name"]


@socketio.event
def relogin(data):
    login_user(data["user"])  # expect: SLS202:5


def on_identify(data):
    session.setdefault("user_id", data["user_id"])
    emit("identified", data)


socketio.on_event("identify", on_identify)


class Chat(Namespace):
    def on_connect(self, auth):
        session["user"] = auth["user"]


socketio.on_namespace(Chat("/chat"))
