"""Handlers on the server object imported from server.py (``sio`` is no fallback name:
server.py's assignment says what it is)."""

from chatio.server import sio

typing_now: set[str] = set()


@sio.on("typing")
async def typing(sid, data):
    typing_now.add(sid)  # expect: SLS103:5


@sio.event
async def disconnect(sid):
    typing_now.discard(sid)  # expect: SLS103:5
