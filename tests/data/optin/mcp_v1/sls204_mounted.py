"""v1 FastMCP servers mounted into a Starlette app: streamable HTTP and legacy SSE."""

import contextlib

from mcp.server.fastmcp import FastMCP
from starlette.applications import Starlette
from starlette.routing import Mount

echo = FastMCP("echo")
math = FastMCP("math", stateless_http=True, json_response=True)
legacy = FastMCP("legacy")


@echo.tool()
def say(text: str) -> str:
    return text


@math.tool()
def add(a: int, b: int) -> int:
    return a + b


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    async with contextlib.AsyncExitStack() as stack:
        await stack.enter_async_context(echo.session_manager.run())
        await stack.enter_async_context(math.session_manager.run())
        yield


app = Starlette(
    routes=[
        Mount("/echo", echo.streamable_http_app()),  # expect: SLS204:24
        Mount("/math", math.streamable_http_app()),
        Mount("/legacy", legacy.sse_app()),  # expect: SLS204:26
    ],
    lifespan=lifespan,
)
