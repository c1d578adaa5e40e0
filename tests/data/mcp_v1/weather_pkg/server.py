"""The server object, imported by tools.py. No findings."""

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("weather", stateless_http=True)
