"""The websocket API Robyn had before 2026: ``WebSocket(app, path)`` and ``@ws.on(event)``."""

from robyn import Robyn, WebSocket

app = Robyn(__file__)
websocket = WebSocket(app, "/web_socket")

active = {}
replies = 0


@websocket.on("connect")
async def on_connect(ws):
    active[ws.id] = ws  # expect: SLS101:5
    return "connected"


@websocket.on("message")
async def on_message(ws, msg):
    global replies  # expect: SLS102:5
    replies += 1
    return f"echo: {msg}"


@websocket.on("close")
def on_close(ws):
    active.pop(ws.id, None)  # expect: SLS101:5
    return "closed"
