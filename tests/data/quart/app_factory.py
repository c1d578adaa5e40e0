"""Quart app factory: startup hooks fill state, handlers only read or write it."""

from quart import Quart, g, jsonify, request


def create_app() -> Quart:
    app = Quart(__name__)
    app.config.from_prefixed_env()
    prices: dict[str, float] = {}
    watchers = {}
    hits = 0

    @app.before_serving
    async def load_prices():
        # Startup: filling factory state here is fine.
        prices.update({"apple": 1.0, "pear": 1.5})

    @app.before_request
    async def who():
        g.user = request.headers.get("X-User", "anon")

    @app.get("/prices/<item>")
    async def price(item: str):
        nonlocal hits  # expect: SLS102:9
        hits += 1
        return jsonify(price=prices[item], hits=hits)

    @app.post("/prices/<item>/watch")
    async def watch(item: str):
        watchers.setdefault(item, set()).add(g.user)  # expect: SLS101:9
        return jsonify(ok=True)

    @app.after_serving
    async def shutdown():
        prices.clear()

    return app
