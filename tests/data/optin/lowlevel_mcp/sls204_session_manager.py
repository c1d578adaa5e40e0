"""The low-level Server behind a StreamableHTTPSessionManager, and the SSE transport."""

import contextlib

from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.applications import Starlette
from starlette.routing import Mount

server = Server("files")
stateless = StreamableHTTPSessionManager(app=server, stateless=True, json_response=True)
sessions = StreamableHTTPSessionManager(app=server, json_response=True)  # expect: SLS204:12
sse = SseServerTransport("/messages/")  # expect: SLS204:7


@contextlib.asynccontextmanager
async def lifespan(app: Starlette):
    async with sessions.run():
        yield


app = Starlette(
    routes=[Mount("/mcp", app=sessions.handle_request), Mount("/messages/", app=sse.handle_post_message)],
    lifespan=lifespan,
)
