"""fastmcp tools with in-process caches."""

from async_lru import alru_cache
from fastmcp import FastMCP

mcp = FastMCP("github")
repo_cache: dict[str, dict] = {}


@alru_cache(maxsize=256)  # expect: SLS105:2
async def fetch_repo(owner: str, name: str) -> dict:
    return {"owner": owner, "name": name}


@alru_cache(maxsize=1)
async def api_meta() -> dict:
    return {"version": "2022-11-28"}


@mcp.tool
async def repo(owner: str, name: str) -> dict:
    data = await fetch_repo(owner, name)
    repo_cache[f"{owner}/{name}"] = data  # expect: SLS105:5
    return {**data, **(await api_meta())}
