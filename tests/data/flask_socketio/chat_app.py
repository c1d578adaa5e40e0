"""The Flask-SocketIO chat tutorial, with the room's messages and who is in it kept in module
memory (each worker has its own; a restart loses them)."""

from flask import Flask, render_template, request
from flask_socketio import SocketIO, emit, join_room, leave_room

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev"
socketio = SocketIO(app)

room_messages: dict[str, list[dict]] = {}
connected_users = {}


@app.route("/")
def index():
    return render_template("index.html")


@socketio.on("connect")
def on_connect(auth):
    connected_users[request.sid] = auth["username"]  # expect: SLS103:5


@socketio.on("join", namespace="/chat")
def on_join(data):
    join_room(data["room"])
    room_messages.setdefault(data["room"], [])  # expect: SLS104:5
    emit("history", room_messages[data["room"]], to=data["room"])


@socketio.event
def chat_message(data):
    message = {"user": connected_users.get(request.sid), "text": data["text"]}
    room_messages[data["room"]].append(message)  # expect: SLS104:5
    emit("chat_message", message, to=data["room"])


@socketio.on("leave")
def on_leave(data):
    leave_room(data["room"])


@socketio.on("disconnect")
def on_disconnect(reason):
    connected_users.pop(request.sid, None)  # expect: SLS103:5


if __name__ == "__main__":
    socketio.run(app)
