"""A client made once per shard and kept under its key: the double-checked fill real
services write under a lock (onyx's engines per shard). Not state: every request gets the
same engine for the same shard. A lock or a session made per key, and the request's own
data kept per key, are."""

import asyncio
import threading

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from .clients import (
    Cart,
    LLMClient,
    Profile,
    Tokenizer,
    default_tokenizer,
    load_tokenizer,
    load_schema,
    load_translations,
)
from .connectors import import_connector

app = FastAPI()
_ENGINES: dict[str, AsyncEngine] = {}
_ENGINES_LOCK = threading.Lock()
_shard_locks: dict[str, asyncio.Lock] = {}
_last_query: dict[str, str] = {}
_llm_clients: dict[str, LLMClient] = {}
_tokenizers: dict[tuple[str, str], Tokenizer] = {}
_connector_classes: dict[str, type] = {}
_carts: dict[str, Cart] = {}
_profiles: dict[str, Profile] = {}
TRANSLATIONS: dict[str, dict[str, dict]] = {"app": {}}
_visits: dict[str, int] = {}
_schemas: dict[str, dict] = {}


def engine_for_shard(shard: str) -> AsyncEngine:
    engine = _ENGINES.get(shard)
    if engine is not None:
        return engine
    with _ENGINES_LOCK:
        engine = _ENGINES.get(shard)  # another thread may have made it meanwhile
        if engine is not None:
            return engine
        engine = create_async_engine(f"postgresql+asyncpg://db/{shard}")
        _ENGINES[shard] = engine
        return engine


def lock_for_shard(shard: str) -> asyncio.Lock:
    lock = _shard_locks.get(shard)
    if lock is not None:
        return lock
    lock = asyncio.Lock()
    _shard_locks[shard] = lock  # expect: SLS101:5
    return lock


def remember(shard: str, query: str) -> str:
    last = _last_query.get(shard)
    if last is not None:
        return last
    _last_query[shard] = query  # expect: SLS101:5
    return query


def llm_client(api_key: str, base_url: str) -> LLMClient:
    client = _llm_clients.get(api_key)
    if not client:
        client = LLMClient(api_key=api_key, base_url=base_url)  # made from the key it is kept under
        _llm_clients[api_key] = client
    return client


def tokenizer_for(provider: str, model: str) -> Tokenizer:
    key = (provider, model)
    if key not in _tokenizers:
        tokenizer = None
        if model:
            tokenizer = load_tokenizer(provider, model)
        if not tokenizer:
            tokenizer = default_tokenizer()
        _tokenizers[key] = tokenizer
    return _tokenizers[key]


def connector_class(source: str) -> type:
    if source in _connector_classes:
        return _connector_classes[source]
    found = import_connector(source)
    _connector_classes[source] = found
    return found


def cart_for(user_id: str) -> Cart:
    if user_id in _carts:
        return _carts[user_id]
    cart = Cart()
    _carts[user_id] = cart  # expect: SLS101:5
    return cart


def profile_for(user_id: str) -> Profile:
    profile = _profiles.get(user_id)
    if not profile:
        profile = Profile()
        _profiles[user_id] = profile  # expect: SLS101:9
    return profile


def translations(language: str, domain: str = "app") -> dict:
    domain_cache = TRANSLATIONS[domain]
    try:
        return domain_cache[language]
    except KeyError:
        data = load_translations(language, domain)
        domain_cache[language] = data  # expect: SLS101:9
        return data  # (a container named as a cache, filled per key: rules.md SLS105(a))


def schema(name: str) -> dict:
    try:
        return _schemas[name]
    except KeyError:
        loaded = load_schema(name)
        _schemas[name] = loaded  # filled once per name from a file: the same everywhere
        return loaded


def visits(user_id: str) -> int:
    try:
        return _visits[user_id]
    except KeyError:
        _visits[user_id] = 1  # expect: SLS101:9
        return 1


@app.get("/shards/{shard}/count")
async def count(shard: str, query: str, user_id: str, api_key: str) -> int:
    llm_client(api_key, "https://llm").complete(query)
    tokenizer_for("openai", query)
    connector_class(shard)
    cart_for(user_id)
    profile_for(user_id)
    translations(query)
    schema(shard)
    visits(user_id)
    async with lock_for_shard(shard):
        remember(shard, query)
        async with engine_for_shard(shard).connect() as connection:
            return (await connection.execute(query)).scalar_one()
