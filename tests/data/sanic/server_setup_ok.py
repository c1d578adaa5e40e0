"""Sanic listeners fill state once; handlers use app.ctx and request.ctx. No findings."""

import logging

from sanic import Sanic, json
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

app = Sanic("Shop")
logger = logging.getLogger("shop")
PRODUCTS: dict[str, dict] = {}
engine = create_async_engine("postgresql+asyncpg://localhost/shop")
Session = async_sessionmaker(engine)


@app.before_server_start
async def setup(app, _):
    app.ctx.engine = engine
    PRODUCTS["apple"] = {"price": 1}
    PRODUCTS.update({"pear": {"price": 2}})


@app.after_server_stop
async def teardown(app, _):
    PRODUCTS.clear()
    await engine.dispose()


@app.on_request
async def attach_user(request):
    request.ctx.user = request.headers.get("x-user")


@app.get("/products/<name>")
async def product(request, name: str):
    logger.info("product %s for %s", name, request.ctx.user)
    item = dict(PRODUCTS[name])
    item["name"] = name
    return json(item)


@app.post("/orders")
async def order(request):
    async with Session() as session:
        session.add_all([])
        await session.commit()
    return json({"ok": True})
