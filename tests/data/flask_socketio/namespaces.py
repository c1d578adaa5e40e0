"""flask_socketio.Namespace: the instance given to on_namespace serves every client."""

from flask import Flask, request
from flask_socketio import Namespace, SocketIO, emit

app = Flask(__name__)
socketio = SocketIO(app)
typing = set()


class ChatNamespace(Namespace):
    banned = []

    def __init__(self, namespace, store):
        super().__init__(namespace)
        self.store = store

    def on_connect(self, auth):
        self.current_user = auth["user"]  # expect: SLS106:9
        typing.discard(auth["user"])  # expect: SLS101:9

    def on_typing(self, data):
        typing.add(data["user"])  # expect: SLS101:9
        emit("typing", sorted(typing), broadcast=True)

    def on_ban(self, data):
        self.banned.append(data["user"])  # expect: SLS107:9
        self.last_ban = request.sid  # expect: SLS106:9


socketio.on_namespace(ChatNamespace("/chat", store=None))
