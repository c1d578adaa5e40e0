"""SDK v2 server: lifespan holds a pool, tools read it and pass handles explicitly. No findings."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import asyncpg
from mcp.server.mcpserver import Context, MCPServer

QUERIES = {"orders": "SELECT * FROM orders WHERE basket_id = $1"}


@dataclass
class AppContext:
    pool: asyncpg.Pool


@asynccontextmanager
async def lifespan(server: MCPServer) -> AsyncIterator[AppContext]:
    pool = await asyncpg.create_pool("postgresql://localhost/shop")
    try:
        yield AppContext(pool=pool)
    finally:
        await pool.close()


mcp = MCPServer("shop", lifespan=lifespan)


@mcp.tool()
async def basket(basket_id: str, ctx: Context) -> list[dict]:
    """State handle passed as an argument; data in the database."""
    pool = ctx.request_context.lifespan_context.pool
    rows = await pool.fetch(QUERIES["orders"], basket_id)
    result = [dict(r) for r in rows]
    result.sort(key=lambda r: r["id"])
    await ctx.report_progress(1, 1)
    return result


@mcp.tool()
async def add_item(basket_id: str, sku: str, ctx: Context) -> str:
    pool = ctx.request_context.lifespan_context.pool
    await pool.execute("INSERT INTO basket_items VALUES ($1, $2)", basket_id, sku)
    return "added"
