"""The stateless twin of chat_server.py: the connection's own data in socket.io's per-connection
session, the conversation in Redis, keyed by the session id the client sends."""

import json

import socketio
from redis.asyncio import Redis

redis = Redis.from_url("redis://cache:6379/0")
mgr = socketio.AsyncRedisManager("redis://cache:6379/1")
sio = socketio.AsyncServer(client_manager=mgr, async_mode="asgi")
asgi_app = socketio.ASGIApp(sio)

EVENTS = ("connect", "client_message", "disconnect")


@sio.on("connect")
async def connect(sid, environ, auth):
    await sio.save_session(sid, {"session_id": auth["sessionId"], "user": auth.get("user")})
    await sio.enter_room(sid, auth["sessionId"])
    return True


@sio.on("client_message")
async def message(sid, payload):
    session = await sio.get_session(sid)
    key = f"chat:{session['session_id']}"
    await redis.rpush(key, json.dumps(payload["message"]))
    history = [json.loads(m) for m in await redis.lrange(key, 0, -1)]
    history.append({"role": "system", "content": "ok"})
    await sio.emit("new_message", payload["message"], room=session["session_id"])
    return len(history)


@sio.on("disconnect")
async def disconnect(sid, reason):
    async with sio.session(sid) as session:
        session["left"] = reason
        await sio.leave_room(sid, session["session_id"])
