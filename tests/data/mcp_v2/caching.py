"""SDK v2 tools with per-user caches."""

from functools import cache

from cachetools import cached, TTLCache
from mcp.server.mcpserver import MCPServer

mcp = MCPServer("profiles")
profile_cache: dict[str, dict] = {}


@cached(TTLCache(maxsize=100, ttl=60))  # expect: SLS105:2
def lookup_profile(user_id: str) -> dict:
    return {"id": user_id}


@cache
def schema() -> dict:
    return {"type": "object"}


@mcp.tool()
def profile(user_id: str) -> dict:
    profile_cache[user_id] = lookup_profile(user_id) | {"schema": schema()}  # expect: SLS105:5
    return profile_cache[user_id]
