"""SDK v1 tools that keep logins in a module dict."""

import secrets

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("auth")
session_store: dict[str, str] = {}
api_keys = {}


@mcp.tool()
def login(username: str, password: str) -> str:
    sid = secrets.token_hex(16)
    session_store[sid] = username  # expect: SLS103:5
    return sid


@mcp.tool()
def create_api_key(session_id: str) -> str:
    key = secrets.token_urlsafe()
    api_keys[key] = session_store[session_id]  # expect: SLS103:5
    return key


@mcp.tool()
def whoami(session_id: str) -> str:
    return session_store.get(session_id, "anonymous")
