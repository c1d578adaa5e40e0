"""aiohttp websocket chat with history in process memory."""

from aiohttp import WSMsgType, web

routes = web.RouteTableDef()
chat_log: list[str] = []
dialogues: dict[str, list[str]] = {}


@routes.get("/ws/{room}")
async def room(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    name = request.match_info["room"]
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            chat_log.append(msg.data)  # expect: SLS104:13
            dialogues.setdefault(name, []).append(msg.data)  # expect: SLS104:13
            await ws.send_str(msg.data)
    return ws


@routes.get("/history/{room}")
async def history(request: web.Request) -> web.Response:
    # A request-local `messages` list is fine.
    messages = list(dialogues.get(request.match_info["room"], []))
    messages.append("-- end --")
    return web.json_response(messages)
