"""Quart LLM chat endpoint that any instance can serve.

What makes it healthy: each message is stored in PostgreSQL under its conversation_id
and the conversation is replayed from the database into a request-local ``messages``
list on every call; token usage is counted with a Redis ``INCRBY``; the pool is opened
in ``before_serving`` and only read by the views; the LLM client, a logger and the
prompts are module-level constants; a retried message (same Idempotency-Key) is refused.
"""

import logging
import os

import asyncpg
from openai import AsyncOpenAI
from quart import Quart, abort, current_app, request
from redis.asyncio import Redis

app = Quart(__name__)
llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
redis_client = Redis.from_url(os.environ["REDIS_URL"])
logger = logging.getLogger(__name__)
MODEL = "gpt-4o-mini"
SYSTEM_PROMPT = "You answer questions about our product documentation."
SELECT_MESSAGES = "SELECT role, content FROM messages WHERE conversation_id = $1 ORDER BY id"
INSERT_MESSAGE = "INSERT INTO messages (conversation_id, role, content) VALUES ($1, $2, $3)"


@app.before_serving
async def open_pool():
    app.db = await asyncpg.create_pool(os.environ["DATABASE_URL"])


@app.post("/chat/<conversation_id>")
async def chat(conversation_id: str):
    retry_key = request.headers.get("Idempotency-Key")
    if retry_key and not await redis_client.set(f"idem:{retry_key}", 1, nx=True, ex=86400):
        abort(409)  # this message was already sent
    data = await request.get_json()
    rows = await current_app.db.fetch(SELECT_MESSAGES, conversation_id)
    messages = [{"role": "system", "content": SYSTEM_PROMPT}]
    messages.extend({"role": row["role"], "content": row["content"]} for row in rows)
    messages.append({"role": "user", "content": data["message"]})
    completion = await llm.chat.completions.create(model=MODEL, messages=messages)
    answer = completion.choices[0].message
    turns = [("user", data["message"]), ("assistant", answer.content)]
    await current_app.db.executemany(INSERT_MESSAGE, [(conversation_id, *t) for t in turns])
    await redis_client.incrby("usage:total_tokens", completion.usage.total_tokens)
    logger.info("conversation %s: %d messages", conversation_id, len(messages) + 1)
    return {"answer": answer.content}


@app.get("/chat/<conversation_id>")
async def history(conversation_id: str):
    rows = await current_app.db.fetch(SELECT_MESSAGES, conversation_id)
    if not rows:
        abort(404)
    return {"messages": [dict(row) for row in rows]}


@app.delete("/chat/<conversation_id>")
async def reset(conversation_id: str):
    await current_app.db.execute("DELETE FROM messages WHERE conversation_id = $1", conversation_id)
    return "", 204


@app.get("/usage")
async def usage():
    return {"total_tokens": int(await redis_client.get("usage:total_tokens") or 0)}


if __name__ == "__main__":
    app.run()
