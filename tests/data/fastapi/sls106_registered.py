"""Instances registered as endpoints: the one object serves every request (SLS106)."""

from fastapi import APIRouter, FastAPI, Request

app = FastAPI()
router = APIRouter()


class RateCounter:
    def __init__(self, limit: int):
        self.limit = limit
        self.counts: dict[str, int] = {}

    async def __call__(self, request: Request) -> dict:
        client = request.client.host
        self.counts[client] = self.counts.get(client, 0) + 1  # expect: SLS106:9
        self.last_client = client  # expect: SLS106:9
        return {"remaining": self.limit - self.counts[client]}


class Search:
    def __init__(self, index_name: str):
        self.index_name = index_name
        self._client = None

    def client(self):
        if self._client is None:
            self._client = object()  # created once, lazily: no finding
        return self._client

    async def search(self, q: str) -> dict:
        self.last_query = q  # expect: SLS106:9
        return {"index": self.index_name, "client": id(self.client()), "q": q}


class Version:
    """No findings: reads configuration only."""

    def __init__(self, version: str):
        self.version = version

    async def __call__(self) -> dict:
        return {"version": self.version}


search = Search("products")
app.add_api_route("/limits", RateCounter(100))
app.add_api_route("/search", search.search)
router.add_api_route("/version", Version("2.1.0"))
app.include_router(router)
