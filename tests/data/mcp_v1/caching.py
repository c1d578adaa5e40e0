"""SDK v1 tools with in-process caches."""

from functools import lru_cache

from cachetools import TTLCache
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("search")
results_cache = TTLCache(maxsize=200, ttl=120)


@lru_cache(maxsize=512)  # expect: SLS105:2
def search_index(query: str) -> tuple[str, ...]:
    return (query,)


@lru_cache(maxsize=1)
def index_version() -> str:
    return "2024-01"


@lru_cache(maxsize=8)
def stopwords(locale: str) -> frozenset[str]:
    return frozenset({"the", "a"})


@mcp.tool()
def search(query: str) -> list[str]:
    words = [w for w in query.split() if w not in stopwords("en")]
    hits = list(search_index(" ".join(words)))
    results_cache[query] = hits  # expect: SLS105:5
    return hits + [index_version()]
