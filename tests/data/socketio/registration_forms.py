"""Every way python-socketio registers a server handler, on objects made under other names."""

import socketio as s
from socketio import AsyncServer as Async

sio = s.Server(async_mode="threading")
aio = Async()
app = s.WSGIApp(sio)

seen_events: list[tuple[str, str]] = []
pings = {}
typing_now = set()
catch_all = []
admin_hits = []
async_events = []


@sio.on("ping", namespace="/chat")
def ping(sid, data):
    pings[sid] = data  # expect: SLS103:5


@sio.event
def typing(sid, data):
    typing_now.add(sid)  # expect: SLS103:5


@sio.event(namespace="/admin")
def stats(sid):
    admin_hits.append(sid)  # expect: SLS103:5
    return {"events": len(seen_events)}


@sio.on("*")
def any_event(event, sid, data):
    catch_all.append((event, sid))  # expect: SLS101:5


def record(sid, data):
    seen_events.append((sid, data))  # expect: SLS101:5


def stop_typing(sid):
    typing_now.discard(sid)  # expect: SLS103:5


def leave(sid, room):
    catch_all.remove(room)  # expect: SLS101:5


sio.on("record", record)
sio.on("stop_typing", handler=stop_typing, namespace="/chat")
sio.event(leave)


@aio.on("upload")
async def upload(sid, chunk):
    async_events.append(len(chunk))  # expect: SLS101:5


@aio.event()
async def connect(sid, environ, auth):
    async_events.clear()  # expect: SLS101:5
