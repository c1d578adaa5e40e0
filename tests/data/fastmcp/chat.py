"""fastmcp assistant tools remembering chats in memory."""

from fastmcp import FastMCP
from langchain_core.chat_history import InMemoryChatMessageHistory

mcp = FastMCP("assistant")
history = InMemoryChatMessageHistory()
chat_threads: dict[str, list[str]] = {}


@mcp.tool
def tell(message: str, thread: str = "main") -> int:
    history.add_user_message(message)  # expect: SLS104:5
    chat_threads.setdefault(thread, []).append(message)  # expect: SLS104:5
    return len(chat_threads[thread])


@mcp.tool
def recent(thread: str = "main") -> list[str]:
    return chat_threads.get(thread, [])[-10:]
