"""A flask_socketio.Namespace that keeps the client's data in Flask's session and the shared
data in the database: nothing on the shared instance."""

from flask import Flask, request, session
from flask_socketio import Namespace, SocketIO, emit, join_room

app = Flask(__name__)
socketio = SocketIO(app, message_queue="redis://cache")


class ChatNamespace(Namespace):
    def __init__(self, namespace, db):
        super().__init__(namespace)
        self.db = db

    def on_connect(self, auth):
        session["user"] = auth["user"]

    def on_join(self, data):
        join_room(data["room"])
        members = self.db.members(data["room"])
        members.append(session["user"])
        emit("members", members, to=data["room"])

    def on_message(self, data):
        self.db.save(data["room"], session["user"], data["text"], request.sid)


socketio.on_namespace(ChatNamespace("/chat", db=None))
