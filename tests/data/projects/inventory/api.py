"""The FastAPI layer: handlers call into the modules above."""

from contextlib import asynccontextmanager

from fastapi import FastAPI, Request

from inventory import services
from inventory.services import cart as cart_module

from . import clients
from .clients import http, log
from .repository import (
    InMemoryRepository,
    SqlRepository,
    default_repository,
    make_sql_repository,
    repository,
)
from .builders import built_repository
from .registry import default_repository as shared_repository
from .services import add_to_cart, cart_size, price_of

sql_repository = SqlRepository(clients.SessionLocal)
audit = InMemoryRepository()


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.items = InMemoryRepository()
    app.state.sql = make_sql_repository(clients.SessionLocal)
    # Set-up, not a request: filling the repository here is fine.
    app.state.items.add("seed")
    yield


app = FastAPI(lifespan=lifespan)


@app.post("/items")
async def create_item(name: str):
    item = repository.add(name)  # expect: SLS110:12
    repository.remember(item)  # expect: SLS110:5
    audit.add(name)  # expect: SLS110:5
    default_repository.add(name)  # expect: SLS110:5
    shared_repository.add(name)  # expect: SLS110:5
    built_repository.add(name)  # expect: SLS110:5
    sql_repository.add(name)
    log.info("created %s", item.id)
    await http.post("https://hooks.example.com", json={"id": item.id})
    return {"id": item.id, "price": price_of(name)}


@app.get("/items/{item_id}")
async def read_item(item_id: int):
    return repository.get(item_id) or sql_repository.get(item_id)


@app.post("/state-items")
async def create_state_item(request: Request, name: str):
    request.app.state.items.add(name)  # expect: SLS110:5
    request.app.state.sql.add(name)
    return {"count": len(request.app.state.items.list())}


@app.post("/cart/{user_id}")
async def add_item(user_id: str, item_id: int):
    add_to_cart(user_id, item_id)  # expect: SLS110:5
    cart_module.clear_cart(user_id)  # expect: SLS110:5
    services.add_to_cart(user_id, item_id)  # expect: SLS110:5
    clients.cache.incr(f"cart:{user_id}")
    return {"size": cart_size(user_id)}


def rebuild_index() -> None:
    """A maintenance function no handler calls: not request scope."""
    repository.add("reindexed")
    add_to_cart("system", 0)
