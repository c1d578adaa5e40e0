"""mcp v2 MCPServer: stateless_http is an argument of run() and streamable_http_app()."""

from mcp.server.mcpserver import MCPServer

todos = MCPServer("todos")
shared = MCPServer("shared")


@todos.tool()
def add_todo(title: str) -> str:
    return title


stateful_app = todos.streamable_http_app(json_response=True)  # expect: SLS204:16
stateless_app = shared.streamable_http_app(stateless_http=True, json_response=True)

if __name__ == "__main__":
    todos.run("streamable-http", port=8001)  # expect: SLS204:5
    shared.run("streamable-http", stateless_http=True)
    todos.run("sse")  # expect: SLS204:5
    todos.run()
