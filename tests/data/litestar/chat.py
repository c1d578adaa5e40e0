"""Litestar chat endpoint with conversation memory in process."""

from litestar import Litestar, post
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.core.llms import ChatMessage

memory = ChatMemoryBuffer.from_defaults(token_limit=2000)
conversation_turns: dict[str, list[str]] = {}


@post("/chat/{conversation_id:str}")
async def chat(conversation_id: str, data: dict) -> dict:
    conversation_turns.setdefault(conversation_id, []).append(data["message"])  # expect: SLS104:5
    memory.put(ChatMessage(role="user", content=data["message"]))  # expect: SLS104:5
    return {"turns": len(conversation_turns[conversation_id])}


def summarize_offline() -> int:
    # Not request scope: a batch job reading the shared buffer.
    return len(memory.get_all())


app = Litestar(route_handlers=[chat])
