"""Low-level v1 server with an lru_cache per user and a global counter."""

from functools import lru_cache

import mcp.types as types
from mcp.server.lowlevel import Server

server = Server("profile")
calls = 0


@lru_cache(maxsize=128)  # expect: SLS105:2
def profile_for(user_id: str) -> str:
    return f"profile:{user_id}"


@lru_cache(maxsize=1)
def server_banner() -> str:
    return "profile server"


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    global calls  # expect: SLS102:5
    calls += 1
    text = f"{server_banner()} {profile_for(arguments['user_id'])} #{calls}"
    return [types.TextContent(type="text", text=text)]
