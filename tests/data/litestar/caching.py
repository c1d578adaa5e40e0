"""Litestar handlers with in-process caches."""

from functools import cache

from cachetools import TTLCache
from litestar import Litestar, get

rates_by_user = TTLCache(maxsize=100, ttl=30)
search_cache: dict[str, list[str]] = {}


@cache  # expect: SLS105:2
def user_currency(user_id: int) -> str:
    return "EUR" if user_id % 2 else "USD"


@cache
def supported_currencies() -> tuple[str, ...]:
    return ("EUR", "USD")


@get("/rates/{user_id:int}")
async def rates(user_id: int) -> dict:
    rates_by_user[user_id] = {"currency": user_currency(user_id)}  # expect: SLS105:5
    return rates_by_user[user_id]


@get("/search")
async def search(q: str) -> list[str]:
    if q not in search_cache:
        search_cache[q] = [c for c in supported_currencies() if q.upper() in c]  # expect: SLS105:9
    return search_cache[q]


app = Litestar(route_handlers=[rates, search])
