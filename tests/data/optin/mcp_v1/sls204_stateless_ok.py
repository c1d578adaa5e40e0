"""Stateless v1 servers: the flag on the constructor or in the settings; stdio; unknown transports."""

import os
import sys

from mcp.server.fastmcp import FastMCP

weather = FastMCP("weather", stateless_http=True)
search = FastMCP("search")
search.settings.stateless_http = True
local = FastMCP("local")
configurable = FastMCP("configurable")


@weather.tool()
def forecast(city: str) -> str:
    return city


def main() -> None:
    if sys.argv[1:] == ["weather"]:
        weather.run(transport="streamable-http")
    elif sys.argv[1:] == ["search"]:
        search.run("streamable-http")
    elif sys.argv[1:] == ["configurable"]:
        configurable.run(transport=os.environ.get("MCP_TRANSPORT", "stdio"))
    else:
        local.run()
        local.run("stdio")
