"""A v1 FastMCP server run over streamable HTTP with the default, stateful session manager."""

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("notes")


@mcp.tool()
def add_note(text: str) -> str:
    return text


if __name__ == "__main__":
    mcp.run(transport="streamable-http")  # expect: SLS204:5
