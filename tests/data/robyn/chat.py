"""Robyn websockets: the @app.websocket handler and its on_connect/on_close handlers keep the
connected clients and the messages of each room in module dicts."""

from robyn import Robyn

app = Robyn(__file__)

connected: dict[str, str] = {}
chat_history: dict[str, list[str]] = {}


@app.websocket("/chat/:room")
async def chat(websocket):
    room = websocket.query_params.get("room", "lobby")
    while True:
        message = await websocket.receive_text()
        chat_history.setdefault(room, []).append(message)  # expect: SLS104:9
        await websocket.broadcast(message)


@chat.on_connect
def joined(websocket):
    connected[websocket.id] = "lobby"  # expect: SLS101:5
    return "welcome"


@chat.on_close
def left(websocket):
    connected.pop(websocket.id, None)  # expect: SLS101:5
    return "bye"
