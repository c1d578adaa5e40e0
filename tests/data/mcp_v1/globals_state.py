"""`global` in SDK v1 tools versus server setup."""

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("counter")
count = 0
mode = "dev"


def configure(env: str) -> None:
    global mode
    mode = env


@mcp.tool()
def increment(by: int = 1) -> int:
    global count  # expect: SLS102:5
    count += by
    return count


@mcp.tool()
def get_mode() -> str:
    global mode
    return mode


configure("prod")
