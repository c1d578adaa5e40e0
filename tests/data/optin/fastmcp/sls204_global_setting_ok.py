"""fastmcp's process-wide setting makes every server in the process stateless."""

import fastmcp
from fastmcp import FastMCP

fastmcp.settings.stateless_http = True

mcp = FastMCP("catalog")


@mcp.tool
def lookup(sku: str) -> str:
    return sku


if __name__ == "__main__":
    mcp.run(transport="http")
