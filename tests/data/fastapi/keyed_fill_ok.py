"""A client made once per shard and kept under its key: the double-checked fill real
services write under a lock (onyx's engines per shard). Not state: every request gets the
same engine for the same shard. A lock or a session made per key, and the request's own
data kept per key, are."""

import asyncio
import threading

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from .clients import Cart, LLMClient, Profile, Tokenizer, default_tokenizer, load_tokenizer
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


@app.get("/shards/{shard}/count")
async def count(shard: str, query: str, user_id: str, api_key: str) -> int:
    llm_client(api_key, "https://llm").complete(query)
    tokenizer_for("openai", query)
    connector_class(shard)
    cart_for(user_id)
    profile_for(user_id)
    async with lock_for_shard(shard):
        remember(shard, query)
        async with engine_for_shard(shard).connect() as connection:
            return (await connection.execute(query)).scalar_one()
