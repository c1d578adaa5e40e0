"""asgi-idempotency-header handles the Idempotency-Key for every POST and PATCH."""

from fastapi import FastAPI
from idempotency_header_middleware import IdempotencyHeaderMiddleware
from idempotency_header_middleware.backends import RedisBackend
from redis.asyncio import Redis

app = FastAPI()
app.add_middleware(
    IdempotencyHeaderMiddleware, backend=RedisBackend(redis=Redis.from_url("redis://cache"))
)


@app.post("/orders")
async def create_order(sku: str) -> dict:
    return {"sku": sku}


@app.patch("/orders/{order_id}")
async def update_order(order_id: int, sku: str) -> dict:
    return {"id": order_id, "sku": sku}
