"""Running a low-level v1 server over stdio; setup mutates module lists. No findings."""

import anyio
import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import Server

server = Server("echo")
STARTUP_MESSAGES: list[str] = []


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    return [types.TextContent(type="text", text=str(arguments.get("text", "")))]


async def main() -> None:
    STARTUP_MESSAGES.append("starting echo server")
    async with mcp.server.stdio.stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    anyio.run(main)
