"""A chat server on Robyn's legacy websocket API, with users and rooms in memory."""

from typing import Dict, Set

from robyn import Robyn, WebSocket, jsonify

app = Robyn(__file__)
websocket = WebSocket(app, "/chat")

users: Dict[str, dict] = {}
rooms: Dict[str, Set[str]] = {}


@websocket.on("message")
async def on_message(ws, msg):
    command, _, room = msg.partition(" ")
    if command == "/join":
        rooms.setdefault(room, set()).add(ws.id)  # expect: SLS101:9
    elif command == "/leave":
        rooms.get(room, set()).discard(ws.id)  # expect: SLS101:9
    return msg


@websocket.on("close")
async def on_close(ws):
    users.pop(ws.id, None)  # expect: SLS101:5
    for members in rooms.values():
        members.discard(ws.id)  # expect: SLS101:9
    return ""


@app.get("/rooms")
async def list_rooms():
    return jsonify({name: len(members) for name, members in rooms.items()})
