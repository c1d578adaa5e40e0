"""SDK v2 tools storing chat transcripts in process memory."""

from llama_index.core.memory import ChatMemoryBuffer
from mcp.server.mcpserver import MCPServer

mcp = MCPServer("chat")
chat_history: list[dict] = []
buffer_memory = ChatMemoryBuffer.from_defaults()


@mcp.tool()
def say(message: str) -> int:
    chat_history.append({"role": "user", "content": message})  # expect: SLS104:5
    return len(chat_history)


@mcp.tool()
def forget() -> str:
    chat_history.clear()  # expect: SLS104:5
    buffer_memory.reset()  # expect: SLS104:5
    return "forgotten"


def export_history() -> list[dict]:
    # Not a tool: no request scope.
    return list(chat_history)
