"""A test module named *_test.py (Go-style layout): an app factory and a recorder."""

from flask import Flask

received = []


def make_app() -> Flask:
    app = Flask(__name__)
    orders = {}

    @app.post("/orders/<sku>")
    def create(sku):
        orders[sku] = orders.get(sku, 0) + 1
        received.append(sku)
        return {"count": orders[sku]}

    return app


def test_create_counts():
    client = make_app().test_client()
    assert client.post("/orders/a").json == {"count": 1}
