"""Production code with a self-test and fixtures next to it: the test function, the fixture
and the test class are test code (an app built in them is not an app factory), but a route
that happens to be named test_* is a handler, and its findings stay."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()
webhook_events = []
carts = {}


@app.post("/webhooks/test")
def test_webhook(event: dict) -> dict:
    webhook_events.append(event)  # expect: SLS101:5
    return {"ok": True}


@app.post("/carts/{cart_id}")
def add_to_cart(cart_id: int, sku: str) -> dict:
    carts.setdefault(cart_id, []).append(sku)  # expect: SLS101:5
    return {"cart": carts[cart_id]}


def test_add_to_cart():
    local = FastAPI()
    seen = []

    @local.post("/x")
    def record(value: str) -> dict:
        seen.append(value)
        return {}

    assert TestClient(local).post("/x", params={"value": "a"}).status_code == 200


@pytest.fixture
def cart_app():
    factory_app = FastAPI()
    totals = {}

    @factory_app.post("/total")
    def total(cart_id: int) -> dict:
        totals[cart_id] = len(carts.get(cart_id, []))
        return totals

    return factory_app


class TestCarts:
    def test_empty(self):
        inner = FastAPI()
        items = []

        @inner.get("/items")
        def list_items() -> list:
            items.append(1)
            return items

        assert TestClient(inner).get("/items").json() == [1]
