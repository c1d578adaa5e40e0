"""Chat handler keeping every turn in Redis. No findings."""

import json

import redis.asyncio as redis
from openai import AsyncOpenAI
from quart import Quart, jsonify, request

app = Quart(__name__)
client = AsyncOpenAI()
store = redis.from_url("redis://localhost:6379/3")
SYSTEM = {"role": "system", "content": "You are terse."}
MAX_TURNS = 20


@app.post("/chat/<conversation_id>")
async def chat(conversation_id: str):
    body = await request.get_json()
    raw = await store.lrange(f"chat:{conversation_id}", -MAX_TURNS, -1)
    history = [json.loads(item) for item in raw]
    history.append({"role": "user", "content": body["message"]})
    resp = await client.chat.completions.create(model="gpt-4o-mini", messages=[SYSTEM, *history])
    answer = resp.choices[0].message.content
    await store.rpush(
        f"chat:{conversation_id}",
        json.dumps(history[-1]),
        json.dumps({"role": "assistant", "content": answer}),
    )
    return jsonify(answer=answer)
