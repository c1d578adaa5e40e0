"""Low-level SDK v1 Server with decorator handlers; state kept in memory."""

import mcp.types as types
from mcp.server.lowlevel import Server

server = Server("calculator")
memory_slots: dict[str, float] = {}
call_log: list[str] = []
TOOLS = [
    types.Tool(name="store", description="Store a value", inputSchema={"type": "object"}),
    types.Tool(name="recall", description="Recall a value", inputSchema={"type": "object"}),
]


def _store(arguments: dict) -> str:
    memory_slots[arguments["slot"]] = float(arguments["value"])  # expect: SLS101:5
    return "stored"


def _recall(arguments: dict) -> str:
    return str(memory_slots.get(arguments["slot"], 0.0))


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    call_log.append(name)  # expect: SLS101:5
    handler = {"store": _store, "recall": _recall}[name]
    if name == "store":
        text = _store(arguments)
    else:
        text = handler(arguments)
    return [types.TextContent(type="text", text=text)]
