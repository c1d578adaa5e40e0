"""The chat's routes: every worker keeps its own connection manager, so a message reaches
only the clients connected to the worker that received it."""

from blacksheep import Application, WebSocket, WebSocketDisconnectError

from .connection import ConnectionManager

app = Application()
manager = ConnectionManager()


@app.router.ws("/ws/{client_id}")
async def chat(websocket: WebSocket, client_id: str):
    await manager.connect(websocket, client_id)  # expect: SLS110:11
    try:
        while True:
            await manager.broadcast(await websocket.receive_text())
    except WebSocketDisconnectError:
        await manager.disconnect(client_id)  # expect: SLS110:15
