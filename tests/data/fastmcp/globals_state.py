"""`global` in fastmcp tools."""

from fastmcp import FastMCP

mcp = FastMCP("dice")
last_roll = None
seed = 42


def set_seed(value: int) -> None:
    global seed
    seed = value


@mcp.tool
def roll(sides: int = 6) -> int:
    global last_roll  # expect: SLS102:5
    last_roll = (seed * 7) % sides + 1
    return last_roll


@mcp.tool
def last() -> int | None:
    global last_roll
    return last_roll


set_seed(7)
