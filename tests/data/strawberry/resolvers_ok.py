"""The stateless twin of schema.py: carts and sessions in the database, the product cache
in Redis, configuration at module level. No findings."""

import json
import secrets

import redis.asyncio as redis
import strawberry
from strawberry.types import Info

cache = redis.Redis.from_url("redis://cache:6379/0")
PAGE_SIZE = 20
CURRENCIES = ("EUR", "USD")


@strawberry.type
class Product:
    id: strawberry.ID
    name: str


@strawberry.type
class Query:
    @strawberry.field
    async def cart(self, info: Info) -> list[str]:
        user = info.context["request"].headers.get("x-user", "")
        return await info.context["db"].cart_items(user, limit=PAGE_SIZE)

    @strawberry.field
    async def product(self, info: Info, id: strawberry.ID) -> Product:
        cached = await cache.get(f"product:{id}")
        if cached is None:
            row = await info.context["db"].fetch_product(id)
            await cache.set(f"product:{id}", json.dumps(row), ex=60)
        else:
            row = json.loads(cached)
        return Product(id=id, name=row["name"])


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def add_to_cart(self, info: Info, product_id: strawberry.ID) -> list[str]:
        user = info.context["request"].headers.get("x-user", "")
        await info.context["db"].add_cart_item(user, product_id)
        items = await info.context["db"].cart_items(user, limit=PAGE_SIZE)
        items.append(product_id)
        return items

    @strawberry.mutation
    async def login(self, info: Info, username: str) -> str:
        token = secrets.token_urlsafe()
        await info.context["db"].create_session(token, username)
        return token


schema = strawberry.Schema(query=Query, mutation=Mutation)
