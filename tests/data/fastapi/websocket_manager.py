"""Reading a ConnectionManager's registry from HTTP handlers. No findings."""

from fastapi import FastAPI, WebSocket


class ConnectionManager:
    def __init__(self) -> None:
        self.active_connections: list[WebSocket] = []

    def count(self) -> int:
        return len(self.active_connections)


manager = ConnectionManager()
app = FastAPI()


@app.get("/stats")
async def stats() -> dict:
    return {"connections": len(manager.active_connections), "count": manager.count()}


@app.post("/broadcast")
async def broadcast(message: str) -> dict:
    for connection in manager.active_connections:
        await connection.send_text(message)
    return {"sent": len(manager.active_connections)}
