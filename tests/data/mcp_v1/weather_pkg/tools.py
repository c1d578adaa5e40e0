"""Tools registered on a server object defined in server.py (name fallback `mcp`)."""

from mcp.server.fastmcp import Context

from .server import mcp

lookups: list[str] = []


@mcp.tool()
async def lookup(city: str, ctx: Context) -> str:
    lookups.append(city)  # expect: SLS101:5
    await ctx.info(f"lookup {city}")
    return city.title()
