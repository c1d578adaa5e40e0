"""Namespaces that keep nothing on the shared instance: the client's data in its socket.io
session, set-up on self in __init__ only."""

import socketio

sio = socketio.AsyncServer(async_mode="asgi")


class ChatNamespace(socketio.AsyncNamespace):
    def __init__(self, namespace, store):
        super().__init__(namespace)
        self.store = store
        self.rooms_joined = 0

    async def on_connect(self, sid, environ, auth):
        await self.save_session(sid, {"user": auth["user"]})

    async def on_join(self, sid, room):
        async with self.session(sid) as session:
            session["room"] = room
        await self.enter_room(sid, room)
        await self.emit("joined", {"room": room}, room=room)

    async def on_chat_message(self, sid, data):
        session = await self.get_session(sid)
        await self.store.append(session["room"], data)
        local = [data]
        local.append(session["user"])
        await self.emit("chat_message", local, room=session["room"])


sio.register_namespace(ChatNamespace("/chat", store=None))
