"""fastmcp tools storing login tokens in process memory."""

import secrets

from fastmcp import FastMCP

mcp = FastMCP("auth")
tokens: dict[str, str] = {}
revoked_tokens = set()


@mcp.tool
def login(username: str) -> str:
    token = secrets.token_urlsafe()
    tokens[token] = username  # expect: SLS103:5
    return token


@mcp.tool
def logout(token: str) -> str:
    tokens.pop(token, None)  # expect: SLS103:5
    revoked_tokens.add(token)  # expect: SLS103:5
    return "ok"
