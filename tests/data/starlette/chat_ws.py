"""A websocket chat room that remembers its history in process memory."""

from langchain_core.chat_history import InMemoryChatMessageHistory
from starlette.applications import Starlette
from starlette.endpoints import WebSocketEndpoint
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute

room_messages: list[dict] = []
threads: dict[str, list[str]] = {}
bot_history = InMemoryChatMessageHistory()


class ChatRoom(WebSocketEndpoint):
    encoding = "json"

    async def on_connect(self, websocket):
        await websocket.accept()
        for message in room_messages[-50:]:
            await websocket.send_json(message)

    async def on_receive(self, websocket, data):
        room_messages.append(data)  # expect: SLS104:9
        threads.setdefault(data["thread"], []).append(data["text"])  # expect: SLS104:9
        await websocket.send_json({"ok": True})


async def ask_bot(request):
    body = await request.json()
    bot_history.add_user_message(body["question"])  # expect: SLS104:5
    answer = f"echo: {body['question']}"
    bot_history.add_ai_message(answer)  # expect: SLS104:5
    return JSONResponse({"answer": answer})


async def clear_thread(request):
    del threads[request.path_params["thread"]]  # expect: SLS104:5
    return JSONResponse({"ok": True})


async def read_room(request):
    return JSONResponse(room_messages[-20:])


app = Starlette(
    routes=[
        WebSocketRoute("/ws", ChatRoom),
        Route("/ask", ask_bot, methods=["POST"]),
        Route("/threads/{thread}", clear_thread, methods=["DELETE"]),
        Route("/room", read_room),
    ]
)
