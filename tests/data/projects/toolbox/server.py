"""An MCP server whose tools live in other modules: registered here, defined there."""

from mcp.server.fastmcp import FastMCP

from toolbox import notes
from toolbox.tools import search
from toolbox.tools.weather import forecast

mcp = FastMCP("toolbox")


def register_tools(server: FastMCP) -> None:
    server.add_tool(search.find_documents)
    server.tool(name="forecast")(forecast)


register_tools(mcp)
mcp.tool()(notes.add_note)
mcp.resource("notes://{user}")(notes.list_notes)
