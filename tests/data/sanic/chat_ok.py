"""Sanic chat endpoint storing turns in the database. No findings."""

from functools import lru_cache

from openai import AsyncOpenAI
from sanic import Sanic, json

from chat.repository import append_turns, load_turns

app = Sanic("ChatOK")
client = AsyncOpenAI()
SYSTEM = {"role": "system", "content": "Be concise."}


@lru_cache
def model_name() -> str:
    return "gpt-4o-mini"


@app.post("/chat/<conversation_id>")
async def chat(request, conversation_id: str):
    history = await load_turns(conversation_id)
    messages = [SYSTEM, *history, {"role": "user", "content": request.json["message"]}]
    resp = await client.chat.completions.create(model=model_name(), messages=messages)
    answer = resp.choices[0].message.content
    await append_turns(conversation_id, messages[-1], {"role": "assistant", "content": answer})
    request.ctx.turns = len(messages)
    return json({"answer": answer})
