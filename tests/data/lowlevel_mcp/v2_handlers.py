"""Low-level SDK v2 Server: handlers passed as on_* keyword arguments."""

from mcp.server.lowlevel import Server
from mcp.types import CallToolResult, ListToolsResult, TextContent, Tool

counters: dict[str, int] = {}
listings = []
TOOLS = [Tool(name="bump", description="Count", inputSchema={"type": "object"})]


async def handle_list_tools(ctx, params) -> ListToolsResult:
    listings.append(1)  # expect: SLS101:5
    return ListToolsResult(tools=TOOLS)


async def handle_call_tool(ctx, params) -> CallToolResult:
    key = params.arguments["key"]
    counters[key] = counters.get(key, 0) + 1  # expect: SLS101:5
    return CallToolResult(content=[TextContent(type="text", text=str(counters[key]))])


server = Server("counter", on_call_tool=handle_call_tool, on_list_tools=handle_list_tools)
