"""An MCP todo server on SDK v2 (MCPServer) with todos in memory."""

from dataclasses import dataclass

from mcp.server.mcpserver import Context, MCPServer

mcp = MCPServer("todos")


@dataclass
class Todo:
    title: str
    done: bool = False


todos: list[Todo] = []
by_title: dict[str, Todo] = {}


@mcp.tool()
def add_todo(title: str) -> str:
    todo = Todo(title)
    todos.append(todo)  # expect: SLS101:5
    by_title[title] = todo  # expect: SLS101:5
    return f"added {title}"


@mcp.tool
def complete_all() -> int:
    for todo in todos:
        todo.done = True  # expect: SLS101:9
    return len(todos)


@mcp.tool()
async def complete(title: str, ctx: Context) -> str:
    await ctx.info(f"completing {title}")
    item = by_title[title]
    item.done = True  # expect: SLS101:5
    return "ok"


@mcp.resource("todos://open")
def open_todos() -> list[str]:
    return [t.title for t in todos if not t.done]
