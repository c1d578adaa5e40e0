"""MCP servers: the ``mcp`` SDK v1 (FastMCP, low-level Server), v2 (MCPServer) and ``fastmcp``."""

from __future__ import annotations

from .base import AppObject, Arg, Framework, HandlerCall, Routes, SharedState, Transports, frozen

_LOWLEVEL_SERVER = (
    "mcp.server.lowlevel.Server",
    "mcp.server.lowlevel.server.Server",
    "mcp.server.Server",
)

#: FastMCP (mcp v1, fastmcp) and MCPServer (mcp v2).
_SERVERS = (
    "mcp.server.fastmcp.FastMCP",
    "mcp.server.fastmcp.server.FastMCP",
    "mcp.server.FastMCP",
    "mcp.server.mcpserver.MCPServer",
    "mcp.server.mcpserver.server.MCPServer",
    "mcp.server.MCPServer",
    "fastmcp.FastMCP",
    "fastmcp.server.FastMCP",
    "fastmcp.server.server.FastMCP",
)

#: How an MCP server is served, and where it keeps its sessions (SLS204; frameworks.md B.5).
_TRANSPORTS = Transports(
    # FastMCP (mcp v1, fastmcp), MCPServer (mcp v2), the low-level Server.
    servers=frozenset((*_SERVERS, *_LOWLEVEL_SERVER)),
    calls={
        "run": ("stdio", True),
        "run_async": ("stdio", True),  # fastmcp
        "http_app": ("http", True),  # fastmcp
        "run_http_async": ("http", True),  # fastmcp
        "streamable_http_app": ("streamable-http", False),
        "run_streamable_http_async": ("streamable-http", False),
        "sse_app": ("sse", False),
        "run_sse_async": ("sse", False),
    },
    streamable_http=frozenset({"streamable-http", "streamable_http", "http"}),
    sse=frozenset({"sse"}),
    session_managers=frozenset(
        {
            "mcp.server.streamable_http_manager.StreamableHTTPSessionManager",
            "mcp.server.streamable_http.StreamableHTTPSessionManager",
        }
    ),
    sse_transports=frozenset({"mcp.server.sse.SseServerTransport"}),
    global_switches=frozenset({"fastmcp.settings.stateless_http"}),
)

MCP = Framework(
    name="mcp",
    data_folders=("mcp_v1", "mcp_v2", "fastmcp", "lowlevel_mcp"),
    readme="MCP servers",
    packages=frozenset({"mcp", "fastmcp"}),
    objects=(
        AppObject(
            # fastmcp's FastMCPApp is a provider mounted on a server (fastmcp/apps/app.py):
            # it registers tools but is never served itself.
            constructors=(*_SERVERS, "fastmcp.FastMCPApp", "fastmcp.apps.app.FastMCPApp"),
            decorators=frozenset({"tool", "resource", "prompt", "custom_route"}),
            registrars=frozen(
                {
                    "add_tool": (Arg(0, "fn"),),
                    "add_prompt": (Arg(0, "fn"),),
                    "add_resource_fn": (Arg(0, "fn"),),
                }
            ),
            # The tools, prompts and resources every client sees: set up once (SLS108).
            registry_methods=frozenset(
                {
                    "add_tool",
                    "remove_tool",
                    "add_prompt",
                    "remove_prompt",
                    "add_resource",
                    "add_resource_fn",
                    "add_template",
                    "remove_resource",
                }
            ),
        ),
        AppObject(
            constructors=_LOWLEVEL_SERVER,
            decorators=frozenset(
                {
                    "call_tool",
                    "list_tools",
                    "read_resource",
                    "list_resources",
                    "list_resource_templates",
                    "get_prompt",
                    "list_prompts",
                    "completion",
                    "subscribe_resource",
                    "unsubscribe_resource",
                    "set_logging_level",
                    "progress_notification",
                }
            ),
            registrars=frozen({"add_request_handler": (Arg(1, "handler"),)}),
        ),
    ),
    decorators=("fastmcp.tools.tool", "fastmcp.resources.resource", "fastmcp.prompts.prompt"),
    # v2 low-level handlers are keyword arguments: Server(name, on_call_tool=fn, ...).
    calls=(HandlerCall(callees=_LOWLEVEL_SERVER, args=(Arg(keyword="on_*"),)),),
    shared_state=SharedState(
        # ctx.request_context.lifespan_context: one object shared by every client (B.5).
        shared_attributes={"lifespan_context": "MCP lifespan context"},
        # ctx.fastmcp: the server a tool runs on.
        server_attributes=frozenset({"fastmcp"}),
    ),
    # @mcp.custom_route(path, methods=[...]): GET when none (SLS201).
    routes=Routes(
        get_by_default=frozenset({"custom_route"}),
        method_keywords=frozenset({"methods"}),
        path_keywords=frozenset({"path"}),
    ),
    transports=_TRANSPORTS,
)
