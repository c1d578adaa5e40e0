"""`global` in socket.io handlers: the last broadcast rebound per event is process state; a
client made lazily once is not."""

import socketio
from redis.asyncio import Redis

sio = socketio.AsyncServer(async_mode="asgi")
last_broadcast = None
connections = 0
_redis = None


async def get_redis():
    global _redis
    if _redis is None:
        _redis = Redis.from_url("redis://cache")
    return _redis


@sio.event
async def connect(sid, environ):
    global connections  # expect: SLS102:5
    connections += 1


@sio.on("broadcast")
async def broadcast(sid, data):
    global last_broadcast  # expect: SLS102:5
    last_broadcast = data
    redis = await get_redis()
    await redis.publish("broadcasts", data)
    await sio.emit("broadcast", data)
