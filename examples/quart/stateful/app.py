"""Quart LLM chat endpoint that keeps chat histories and usage in process memory.

What is wrong: ``chat_history`` maps each conversation_id to its messages and the chat
view appends to it; ``total_tokens`` is bumped through a ``global`` statement. Behind
a load balancer the second message of a conversation may reach an instance that never
saw the first, so the model answers without context; usage totals differ per worker
and reset on every deploy.
"""

import os

from openai import AsyncOpenAI
from quart import Quart, abort, request

app = Quart(__name__)
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
MODEL = "gpt-4o-mini"
SYSTEM_PROMPT = "You answer questions about our product documentation."

chat_history: dict[str, list[dict]] = {}
total_tokens = 0


@app.post("/chat/<conversation_id>")
async def chat(conversation_id: str):
    global total_tokens
    data = await request.get_json()
    messages = chat_history.setdefault(
        conversation_id, [{"role": "system", "content": SYSTEM_PROMPT}]
    )
    messages.append({"role": "user", "content": data["message"]})
    completion = await llm.chat.completions.create(model=MODEL, messages=messages)
    answer = completion.choices[0].message
    messages.append({"role": "assistant", "content": answer.content})
    total_tokens += completion.usage.total_tokens
    return {"answer": answer.content}


@app.get("/chat/<conversation_id>")
async def history(conversation_id: str):
    if conversation_id not in chat_history:
        abort(404)
    return {"messages": chat_history[conversation_id][1:]}


@app.delete("/chat/<conversation_id>")
async def reset(conversation_id: str):
    chat_history.pop(conversation_id, None)
    return "", 204


@app.get("/usage")
async def usage():
    return {"total_tokens": total_tokens}


if __name__ == "__main__":
    app.run()
