"""SDK v1 assistant tool remembering conversations in memory."""

from langchain.memory import ConversationBufferMemory
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("assistant")
conversations: dict[str, list[str]] = {}
memory = ConversationBufferMemory()


@mcp.tool()
def remember(conversation_id: str, message: str) -> int:
    conversations.setdefault(conversation_id, []).append(message)  # expect: SLS104:5
    memory.save_context({"input": message}, {"output": ""})  # expect: SLS104:5
    return len(conversations[conversation_id])


@mcp.prompt()
def recap(conversation_id: str) -> str:
    # Read-only use of the module dict; local `messages`.
    messages = list(conversations.get(conversation_id, []))
    messages.append("Summarise the above.")
    return "\n".join(messages)
