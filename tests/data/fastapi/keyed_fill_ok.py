"""A client made once per shard and kept under its key: the double-checked fill real
services write under a lock (onyx's engines per shard). Not state: every request gets the
same engine for the same shard. A lock or a session made per key, and the request's own
data kept per key, are."""

import asyncio
import threading

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

app = FastAPI()
_ENGINES: dict[str, AsyncEngine] = {}
_ENGINES_LOCK = threading.Lock()
_shard_locks: dict[str, asyncio.Lock] = {}
_last_query: dict[str, str] = {}


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


@app.get("/shards/{shard}/count")
async def count(shard: str, query: str) -> int:
    async with lock_for_shard(shard):
        remember(shard, query)
        async with engine_for_shard(shard).connect() as connection:
            return (await connection.execute(query)).scalar_one()
