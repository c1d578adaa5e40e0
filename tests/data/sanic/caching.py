"""Sanic handlers caching per-user data in process."""

from cachetools import LRUCache, cached
from sanic import Sanic, json

app = Sanic("Cache")
user_cache = LRUCache(maxsize=500)


@cached(cache=LRUCache(maxsize=100))  # expect: SLS105:2
def permissions(user_id: str) -> list[str]:
    return ["read"]


@app.get("/users/<user_id>")
async def user(request, user_id: str):
    user_cache[user_id] = {"id": user_id, "perms": permissions(user_id)}  # expect: SLS105:5
    return json(user_cache[user_id])
