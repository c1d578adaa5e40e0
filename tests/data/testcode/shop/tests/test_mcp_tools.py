"""A test suite (under tests/): servers built inside tests record calls in closures on
purpose. Nothing here is request scope; nothing is reported."""

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from mcp.server.fastmcp import FastMCP

seen_requests = []


@pytest.fixture
def app():
    app = FastAPI()
    hits = {}

    @app.post("/orders")
    def create_order(sku: str) -> dict:
        hits[sku] = hits.get(sku, 0) + 1
        seen_requests.append(sku)
        return {"sku": sku}

    return app


def test_tool_is_called_once():
    mcp = FastMCP("test")
    calls = []
    count = 0

    @mcp.tool()
    def echo(text: str) -> str:
        nonlocal count
        count += 1
        calls.append(text)
        return text

    mcp.run("streamable-http")
    assert calls == []


def test_orders(app):
    client = TestClient(app)
    assert client.post("/orders", params={"sku": "a"}).status_code == 200
