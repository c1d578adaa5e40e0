"""The stateless twin of chat_app.py: messages in Redis, the user in Flask's session (a
per-connection copy in Flask-SocketIO), rooms and broadcasts through a message queue."""

import json

import redis
from flask import Flask, request, session
from flask_socketio import SocketIO, close_room, emit, join_room, leave_room, rooms

app = Flask(__name__)
app.config.from_prefixed_env()
socketio = SocketIO(app, message_queue="redis://cache:6379/0")
store = redis.Redis.from_url("redis://cache:6379/1")


@socketio.on("connect")
def on_connect(auth):
    session["username"] = auth["username"]
    session["sid"] = request.sid


@socketio.on("join", namespace="/chat")
def on_join(data):
    join_room(data["room"])
    history = [json.loads(m) for m in store.lrange(f"room:{data['room']}", 0, -1)]
    history.append({"user": "system", "text": f"{session['username']} joined"})
    emit("history", history, to=request.sid)


@socketio.event
def chat_message(data):
    message = {"user": session.get("username"), "text": data["text"]}
    store.rpush(f"room:{data['room']}", json.dumps(message))
    emit("chat_message", message, to=data["room"])


@socketio.on("leave")
def on_leave(data):
    leave_room(data["room"])
    if len(rooms()) <= 1:
        close_room(data["room"])


@socketio.on("disconnect")
def on_disconnect(reason):
    session.pop("username", None)
