"""Low-level SDK v2 handlers using only arguments and a lifespan pool. No findings."""

from contextlib import asynccontextmanager

import asyncpg
from mcp.server.lowlevel import Server
from mcp.types import CallToolResult, ListToolsResult, TextContent, Tool

TOOLS = [Tool(name="lookup", description="Look up an order", inputSchema={"type": "object"})]
QUERY = "SELECT status FROM orders WHERE id = $1"


@asynccontextmanager
async def lifespan(server):
    pool = await asyncpg.create_pool("postgresql://localhost/orders")
    yield {"pool": pool}
    await pool.close()


async def handle_list_tools(ctx, params) -> ListToolsResult:
    tools = list(TOOLS)
    tools.sort(key=lambda t: t.name)
    return ListToolsResult(tools=tools)


async def handle_call_tool(ctx, params) -> CallToolResult:
    pool = ctx.lifespan_context["pool"]
    status = await pool.fetchval(QUERY, int(params.arguments["order_id"]))
    return CallToolResult(content=[TextContent(type="text", text=str(status))])


server = Server("orders", lifespan=lifespan, on_call_tool=handle_call_tool, on_list_tools=handle_list_tools)
