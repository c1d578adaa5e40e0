"""The stateless twin of schema.py: sessions and the product cache in Redis, configuration
at module level, types bound at import time. No findings."""

import json
import secrets

import redis.asyncio as redis
from ariadne import MutationType, QueryType, make_executable_schema

cache = redis.Redis.from_url("redis://cache:6379/0")
query = QueryType()
mutation = MutationType()
SESSION_TTL = 3600
registry = {}


def register(name, resolver):
    registry[name] = resolver  # called at import time only
    query.set_field(name, resolver)


@query.field("me")
async def resolve_me(obj, info):
    sid = info.context["request"].cookies.get("sid", "")
    return await cache.get(f"session:{sid}") or "anonymous"


@query.field("product")
async def resolve_product(obj, info, id):
    cached = await cache.get(f"product:{id}")
    if cached is None:
        row = await info.context["db"].fetch_product(id)
        await cache.set(f"product:{id}", json.dumps(row), ex=60)
        return row
    return json.loads(cached)


@mutation.field("login")
async def resolve_login(obj, info, username, password):
    sid = secrets.token_urlsafe()
    await cache.set(f"session:{sid}", username, ex=SESSION_TTL)
    return sid


register("version", lambda *_: "1.0")
schema = make_executable_schema(
    "type Query { me: String product(id: ID!): String version: String }"
    " type Mutation { login(username: String!, password: String!): String }",
    query,
    mutation,
)
