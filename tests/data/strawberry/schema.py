"""A Strawberry schema whose resolvers keep users' data in module containers (SLS101,
SLS103, SLS105): every @strawberry.field/@strawberry.mutation runs per operation."""

import secrets

import strawberry
from strawberry.types import Info

carts: dict[str, list[str]] = {}
sessions = {}
product_cache = {}


@strawberry.type
class Product:
    id: strawberry.ID
    name: str


@strawberry.type
class Query:
    @strawberry.field
    def cart(self, info: Info) -> list[str]:
        user = info.context["request"].headers.get("x-user", "")
        return carts.setdefault(user, [])  # expect: SLS101:16

    @strawberry.field(description="A product, cached per process")
    async def product(self, info: Info, id: strawberry.ID) -> Product:
        if id not in product_cache:
            row = await info.context["db"].fetch_product(id)
            product_cache[id] = Product(id=id, name=row["name"])  # expect: SLS105:13
        return product_cache[id]


@strawberry.type
class Mutation:
    @strawberry.mutation
    def add_to_cart(self, info: Info, product_id: strawberry.ID) -> list[str]:
        user = info.context["request"].headers.get("x-user", "")
        carts.setdefault(user, []).append(product_id)  # expect: SLS101:9
        return carts[user]

    @strawberry.mutation
    def login(self, username: str, password: str) -> str:
        token = secrets.token_urlsafe()
        sessions[token] = username  # expect: SLS103:9
        return token


schema = strawberry.Schema(query=Query, mutation=Mutation)
