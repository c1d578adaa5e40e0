"""SDK v2: "Every request in between shares the same AppContext" (SLS108 on writes)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import asyncpg
from mcp.server.mcpserver import Context, MCPServer


@dataclass
class AppContext:
    pool: asyncpg.Pool
    baskets: dict[str, list[str]] = field(default_factory=dict)


@asynccontextmanager
async def lifespan(server: MCPServer) -> AsyncIterator[AppContext]:
    pool = await asyncpg.create_pool("postgresql://localhost/shop")
    try:
        yield AppContext(pool=pool)
    finally:
        await pool.close()


mcp = MCPServer("shop", lifespan=lifespan)


@mcp.tool()
async def add_to_basket(sku: str, ctx: Context) -> list[str]:
    baskets = ctx.request_context.lifespan_context.baskets
    ctx.request_context.lifespan_context.baskets[ctx.client_id] = [sku]  # expect: SLS108:5
    return baskets[ctx.client_id]


@mcp.tool()
async def basket(basket_id: str, ctx: Context) -> list[dict]:
    """The stateless way: the handle is an argument, the data is in the database."""
    pool = ctx.request_context.lifespan_context.pool
    rows = await pool.fetch("SELECT sku FROM basket_items WHERE basket_id = $1", basket_id)
    return [dict(row) for row in rows]
