"""Tests that serve an MCP server over streamable HTTP to exercise it: test code, so SLS204
(and every other code) stays quiet."""

from fastmcp import FastMCP

mcp = FastMCP("under-test")
app = mcp.http_app()


@mcp.tool
def add(a: int, b: int) -> int:
    return a + b


def test_run():
    server = FastMCP("inline")
    server.run("streamable-http", port=0)
