"""Low-level SDK v2 handlers: ctx.lifespan_context is shared by every client (SLS108)."""

from contextlib import asynccontextmanager

from mcp.server.lowlevel import Server
from mcp.types import CallToolResult, TextContent


@asynccontextmanager
async def lifespan(server: Server):
    yield {"calls": 0, "db": object()}


async def handle_call_tool(ctx, params) -> CallToolResult:
    ctx.lifespan_context["calls"] += 1  # expect: SLS108:5
    ctx.lifespan_context.update(last_tool=params.name)  # expect: SLS108:5
    return CallToolResult(content=[TextContent(type="text", text="ok")])


async def handle_list_tools(ctx, params):
    # Reads only: no findings.
    db = ctx.lifespan_context["db"]
    return await db.list_tools()


server = Server(
    "counter", lifespan=lifespan, on_call_tool=handle_call_tool, on_list_tools=handle_list_tools
)
