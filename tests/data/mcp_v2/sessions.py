"""SDK v2 tools keeping authenticated sessions in memory."""

import secrets

from mcp.server.mcpserver import MCPServer

mcp = MCPServer("auth")
active_sessions: dict[str, dict] = {}
access_tokens = {}


@mcp.tool()
def sign_in(user: str) -> str:
    token = secrets.token_urlsafe()
    access_tokens[token] = user  # expect: SLS103:5
    active_sessions[user] = {"token": token}  # expect: SLS103:5
    return token


@mcp.tool()
def sign_out(token: str) -> str:
    user = access_tokens.pop(token)  # expect: SLS103:12
    del active_sessions[user]  # expect: SLS103:5
    return "bye"
