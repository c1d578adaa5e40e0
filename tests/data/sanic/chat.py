"""Sanic websocket chat bot with history in memory."""

from sanic import Sanic, json

app = Sanic("Chat")
room_history: dict[str, list[str]] = {}
transcripts = []


@app.websocket("/ws/<room>")
async def feed(request, ws, room: str):
    async for message in ws:
        room_history.setdefault(room, []).append(message)  # expect: SLS104:9
        await ws.send(message)


@app.post("/chat")
async def chat(request):
    transcripts.append(request.json["message"])  # expect: SLS104:5
    messages = [request.json["message"]]
    messages.append("(echo)")
    return json({"messages": messages})
