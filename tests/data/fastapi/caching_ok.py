"""Caches that are fine: one process-wide value, configuration-like keys, or Redis. No findings."""

import json
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated

import redis
from fastapi import Depends, FastAPI
from pydantic_settings import BaseSettings

BASE_DIR = Path(__file__).parent
redis_client = redis.Redis.from_url("redis://localhost:6379/0", decode_responses=True)


class Settings(BaseSettings):
    app_name: str = "shop"
    redis_url: str = "redis://localhost:6379/0"


@lru_cache
def get_settings() -> Settings:
    # FastAPI docs (advanced/settings): behaves almost like a global, even as a dependency.
    return Settings()


@lru_cache()
def get_feature_flags() -> dict:
    return json.loads((BASE_DIR / "flags.json").read_text())


@cache
def load_translations(locale: str) -> dict:
    # Configuration-like parameter: one entry per locale, the same for every user.
    return json.loads((BASE_DIR / "i18n" / f"{locale}.json").read_text())


@lru_cache(maxsize=32)
def read_template(path: str) -> str:
    return (BASE_DIR / "templates" / path).read_text()


app = FastAPI()


@app.get("/")
def index(settings: Annotated[Settings, Depends(get_settings)], lang: str = "en") -> dict:
    flags = get_feature_flags()
    greeting = load_translations(lang)["hello"]
    return {"app": settings.app_name, "flags": flags, "hello": greeting, "t": read_template("a.html")}


@app.get("/users/{user_id}")
def get_user(user_id: str) -> dict:
    cached_user = redis_client.get(f"user:{user_id}")
    if cached_user:
        return json.loads(cached_user)
    user = {"id": user_id}
    redis_client.setex(f"user:{user_id}", 300, json.dumps(user))
    # A request-local dict called `cache` is not the module's state.
    cache = {}
    cache[user_id] = user
    return cache[user_id]
