"""A connection manager in the shape of BlackSheep's websocket-chat example."""


class ConnectionManager:
    def __init__(self):
        self.active_connections = []

    async def connect(self, websocket, client_id):
        await websocket.accept()
        self.active_connections.append((client_id, websocket))

    async def disconnect(self, client_id):
        self.active_connections = [c for c in self.active_connections if c[0] != client_id]

    async def broadcast(self, text):
        for _, socket in self.active_connections:
            await socket.send_text(text)
