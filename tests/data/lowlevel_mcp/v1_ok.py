"""Low-level v1 server that only reads module data. No findings."""

import json
import logging

import mcp.types as types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

log = logging.getLogger(__name__)
server = Server("static-docs")
DOCS = {"intro": "Welcome", "faq": "Questions"}
TOOLS: list[types.Tool] = []
TOOLS.append(types.Tool(name="doc", description="Read a doc", inputSchema={"type": "object"}))


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    log.info("tool %s", name)
    payload = {"doc": DOCS.get(arguments.get("name", ""), "")}
    payload["name"] = arguments.get("name")
    return [types.TextContent(type="text", text=json.dumps(payload))]


def init_options() -> InitializationOptions:
    return InitializationOptions(
        server_name="static-docs",
        server_version="1.0",
        capabilities=server.get_capabilities(NotificationOptions(), {}),
    )
