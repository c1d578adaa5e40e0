"""Per-user data cached in process memory: every replica keeps its own stale copy."""

import functools
from functools import lru_cache

import cachetools
import httpx
from async_lru import alru_cache
from cachetools import TTLCache, cached
from fastapi import Depends, FastAPI, Header

app = FastAPI()
http = httpx.AsyncClient(base_url="https://accounts.internal")

_cache: dict[str, dict] = {}
profiles = TTLCache(maxsize=10_000, ttl=300)
response_cache = {}


@app.get("/users/{user_id}")
async def get_user(user_id: str) -> dict:
    if user_id in _cache:
        return _cache[user_id]
    data = (await http.get(f"/users/{user_id}")).json()
    _cache[user_id] = data  # expect: SLS105:5
    return data


@app.get("/users/{user_id}/profile")
async def get_profile(user_id: str) -> dict:
    if user_id not in profiles:
        # A cachetools TTLCache is a cache whatever its name.
        profiles[user_id] = (await http.get(f"/profiles/{user_id}")).json()  # expect: SLS105:9
    return profiles[user_id]


@app.middleware("http")
async def cache_responses(request, call_next):
    key = f"{request.url.path}?{request.url.query}"
    response = await call_next(request)
    response_cache.setdefault(key, response.status_code)  # expect: SLS105:5
    return response


@alru_cache(maxsize=1024)  # expect: SLS105:2
async def fetch_permissions(user_id: str) -> frozenset[str]:
    resp = await http.get(f"/users/{user_id}/permissions")
    return frozenset(resp.json())


@lru_cache(maxsize=256)  # expect: SLS105:2
def tenant_plan(tenant_id: str) -> str:
    return "pro" if tenant_id.startswith("p") else "free"


@cached(cache=TTLCache(maxsize=512, ttl=60))  # expect: SLS105:2
def session_flags(session_id: str) -> dict:
    return {"beta": session_id.endswith("0")}


async def current_permissions(x_user: str = Header()) -> frozenset[str]:
    return await fetch_permissions(x_user)


@lru_cache  # expect: SLS105:2
def price_for(sku: str, quantity: int) -> float:
    # A request-scope helper with request parameters.
    return quantity * 9.99 if sku else 0.0


@app.get("/quote")
async def quote(sku: str, quantity: int, perms=Depends(current_permissions)) -> dict:
    return {"price": price_for(sku, quantity), "perms": sorted(perms)}


@functools.cache  # expect: SLS105:2
def shipping_options(country: str, weight_kg: float) -> list[str]:
    return ["standard"] if weight_kg < 30 else ["freight"]


@cachetools.cached(cachetools.LRUCache(maxsize=128))  # expect: SLS105:2
def search_catalog(query: str) -> list[str]:
    return [query.upper()]


@app.get("/shipping")
def shipping(country: str, weight_kg: float, q: str = "") -> dict:
    return {"options": shipping_options(country, weight_kg), "hits": search_catalog(q)}
