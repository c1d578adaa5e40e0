"""Tools reading import-time registries and constants. No findings."""

import re
from collections.abc import Callable

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("converters")
CONVERTERS: dict[str, Callable[[float], float]] = {}
UNIT_RE = re.compile(r"^[a-z]+_to_[a-z]+$")


def converter(name: str):
    def register(fn: Callable[[float], float]) -> Callable[[float], float]:
        CONVERTERS[name] = fn
        return fn

    return register


@converter("c_to_f")
def c_to_f(value: float) -> float:
    return value * 9 / 5 + 32


@converter("km_to_mi")
def km_to_mi(value: float) -> float:
    return value * 0.621371


@mcp.tool()
def convert(name: str, value: float) -> float:
    if not UNIT_RE.match(name):
        raise ValueError("bad converter name")
    return CONVERTERS[name](value)


@mcp.tool()
def list_converters() -> list[str]:
    names = sorted(CONVERTERS)
    names.append("(more soon)")
    return names
