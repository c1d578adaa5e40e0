"""Class-based namespaces: one instance serves every client (a singleton), so state kept on
self in an event handler is shared by all of them (SLS106); the class body's too (SLS107)."""

import socketio
from socketio import AsyncNamespace

sio = socketio.AsyncServer(async_mode="asgi")
online = {}


class ChatNamespace(AsyncNamespace):
    members = []

    def __init__(self, namespace, redis):
        super().__init__(namespace)
        self.redis = redis
        self.started = True

    async def on_connect(self, sid, environ, auth):
        self.last_sid = sid  # expect: SLS106:9
        self.members.append(sid)  # expect: SLS107:9
        online[sid] = auth["user"]  # expect: SLS103:9

    async def on_chat_message(self, sid, data):
        self.user = await self.get_session(sid)  # expect: SLS106:9
        await self.emit("chat_message", data, room=data["room"])
        await self.enter_room(sid, data["room"])

    async def on_disconnect(self, sid, reason):
        online.pop(sid, None)  # expect: SLS103:9
        self.members.remove(sid)  # expect: SLS107:9


class Base(socketio.Namespace):
    def on_hello(self, sid, data):
        self.greeted = data  # expect: SLS106:9


class Admin(Base):
    def trigger_event(self, event, *args):
        self.last_event = event  # expect: SLS106:9
        return super().trigger_event(event, *args)

    def helper(self, sid):
        self.helped = sid


sio.register_namespace(ChatNamespace("/chat", redis=None))
socketio.Server().register_namespace(Admin("/admin"))
