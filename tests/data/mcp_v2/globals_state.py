"""`global` in SDK v2 tools."""

from mcp.server.mcpserver import MCPServer

mcp = MCPServer("flags")
feature_enabled = False
FLAG_NAME = "beta"


@mcp.tool()
def toggle() -> bool:
    global feature_enabled  # expect: SLS102:5
    feature_enabled = not feature_enabled
    return feature_enabled


@mcp.tool()
def status() -> dict:
    global feature_enabled
    return {FLAG_NAME: feature_enabled}
