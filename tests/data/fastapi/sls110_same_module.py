"""Same-module classes: one keeps state on self, the others do not."""

import logging
import threading
from collections import deque

import httpx
from fastapi import FastAPI, WebSocket
from prometheus_client import Counter
from slowapi import Limiter
from slowapi.util import get_remote_address

app = FastAPI()
log = logging.getLogger(__name__)
REQUESTS = Counter("requests_total", "Requests")
limiter = Limiter(key_func=get_remote_address, storage_uri="redis://redis:6379")
client = httpx.AsyncClient()


class ConnectionManager:
    """FastAPI's websocket tutorial: live connections in a list on self."""

    def __init__(self) -> None:
        self.active_connections: list[WebSocket] = []

    async def connect(self, websocket: WebSocket) -> None:
        await websocket.accept()
        self.active_connections.append(websocket)

    def disconnect(self, websocket: WebSocket) -> None:
        self.active_connections.remove(websocket)

    async def broadcast(self, message: str) -> None:
        for connection in self.active_connections:
            await connection.send_text(message)


class RecentSearches:
    def __init__(self, size: int) -> None:
        self.size = size
        self.items: deque[str] = deque(maxlen=size)
        self.hits = 0

    def record(self, term: str) -> None:
        self.hits += 1

    def snapshot(self) -> list[str]:
        return list(self.items)


class Settings:
    """Only reads what __init__ stored: the same for every request."""

    def __init__(self) -> None:
        self.region = "eu"
        self._lock = threading.Lock()

    def describe(self) -> str:
        return f"region={self.region}"


class WeatherClient:
    """Wraps a client of an external service: `self.http.post` changes nothing here."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self._token = None

    async def token(self) -> str:
        if self._token is None:
            self._token = "created once"
        return self._token

    async def report(self, city: str) -> None:
        await self.http.post("/reports", json={"city": city})


manager = ConnectionManager()
searches = RecentSearches(100)
settings = Settings()
weather = WeatherClient(client)


@app.websocket("/ws")
async def chat(websocket: WebSocket) -> None:
    await manager.connect(websocket)  # expect: SLS110:11
    await manager.broadcast("joined")
    manager.disconnect(websocket)  # expect: SLS110:5


@app.get("/search")
async def search(q: str) -> dict:
    REQUESTS.inc()
    searches.record(q)  # expect: SLS110:5
    log.info("search %s", q)
    await weather.token()
    await weather.report(q)
    return {"recent": searches.snapshot(), "settings": settings.describe()}


def warm_up() -> None:
    """Called at start-up only: not request scope."""
    searches.record("warm-up")
