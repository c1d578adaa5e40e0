"""Async per-user caching in process memory."""

from async_lru import alru_cache
from quart import Quart, jsonify

app = Quart(__name__)
balance_cache: dict[str, float] = {}


@alru_cache(maxsize=1000, ttl=60)  # expect: SLS105:2
async def fetch_balance(account_id: str) -> float:
    return 0.0


@alru_cache  # expect: SLS105:2
async def load_tenant(tenant_id: str) -> dict:
    return {"id": tenant_id}


@app.get("/balance/<account_id>")
async def balance(account_id: str):
    value = await fetch_balance(account_id)
    balance_cache[account_id] = value  # expect: SLS105:5
    return jsonify(balance=value)
