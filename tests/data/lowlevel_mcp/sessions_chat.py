"""Low-level v1 server tools that keep sessions and chat transcripts in memory."""

import secrets

import mcp.types as types
from mcp.server.lowlevel import Server

server = Server("assistant")
sessions: dict[str, str] = {}
transcripts: dict[str, list[str]] = {}


def _login(arguments: dict) -> str:
    sid = secrets.token_hex(8)
    sessions[sid] = arguments["user"]  # expect: SLS103:5
    return sid


def _say(arguments: dict) -> str:
    transcripts.setdefault(arguments["conversation_id"], []).append(arguments["text"])  # expect: SLS104:5
    return "ok"


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    result = _login(arguments) if name == "login" else _say(arguments)
    return [types.TextContent(type="text", text=result)]
