"""Zero-argument and locale caches in a Quart app. No findings."""

import tomllib
from functools import cache
from pathlib import Path

from async_lru import alru_cache
from quart import Quart, jsonify, request

app = Quart(__name__)
ROOT = Path(__file__).parent


@cache
def settings() -> dict:
    return tomllib.loads((ROOT / "settings.toml").read_text())


@alru_cache(maxsize=1)
async def exchange_rates_snapshot() -> dict:
    return {"EUR": 1.0}


@cache
def messages_for(locale: str) -> dict:
    return tomllib.loads((ROOT / "locales" / f"{locale}.toml").read_text())


@app.get("/")
async def index():
    texts = messages_for(request.accept_languages.best or "en")
    rates = await exchange_rates_snapshot()
    return jsonify(title=texts["title"], debug=settings()["debug"], rates=rates)
