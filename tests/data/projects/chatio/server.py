"""A python-socketio server whose event handlers live in events.py."""

import socketio

from chatio import events

sio = socketio.AsyncServer(async_mode="asgi")
sio.on("connect", events.connect)
sio.on("message", handler=events.message)
