"""MCP servers: the ``mcp`` SDK v1 (FastMCP, low-level Server), v2 (MCPServer) and ``fastmcp``."""

from __future__ import annotations

from .base import AppObject, Arg, Framework, HandlerCall, SharedState, frozen

_LOWLEVEL_SERVER = (
    "mcp.server.lowlevel.Server",
    "mcp.server.lowlevel.server.Server",
    "mcp.server.Server",
)

MCP = Framework(
    name="mcp",
    packages=frozenset({"mcp", "fastmcp"}),
    objects=(
        AppObject(
            constructors=(
                "mcp.server.fastmcp.FastMCP",
                "mcp.server.fastmcp.server.FastMCP",
                "mcp.server.FastMCP",
                "mcp.server.mcpserver.MCPServer",
                "mcp.server.mcpserver.server.MCPServer",
                "mcp.server.MCPServer",
                "fastmcp.FastMCP",
                "fastmcp.server.FastMCP",
                "fastmcp.server.server.FastMCP",
                "fastmcp.FastMCPApp",
            ),
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
)
