"""SLS110: repositories whose state is a dataclass field made per instance, or a container
injected into __init__ and kept: module-level singletons, so every request shares it."""

from dataclasses import dataclass, field

from fastapi import FastAPI

app = FastAPI()


@dataclass
class InMemoryRepository:
    items: dict = field(default_factory=dict)
    name: str = "memory"

    def add(self, key: str, value: str) -> None:
        self.items[key] = value

    def get(self, key: str) -> str | None:
        return self.items.get(key)


class InjectedRepository:
    def __init__(self, store: dict[str, str], prefix: str = "") -> None:
        self.store = store
        self.prefix = prefix

    def put(self, key: str, value: str) -> None:
        self.store[self.prefix + key] = value

    def read(self, key: str) -> str | None:
        return self.store.get(self.prefix + key)


class RedisRepository:
    """Keeps a client: state lives in Redis, not on self."""

    def __init__(self, client) -> None:
        self.client = client

    def put(self, key: str, value: str) -> None:
        self.client.set(key, value)


repository = InMemoryRepository()
injected = InjectedRepository({})
redis_repository = RedisRepository(client=None)


@app.post("/items/{key}")
def put_item(key: str, value: str) -> dict:
    repository.add(key, value)  # expect: SLS110:5
    injected.put(key, value)  # expect: SLS110:5
    redis_repository.put(key, value)
    return {"stored": repository.get(key), "again": injected.read(key)}
