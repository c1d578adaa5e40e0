"""LLM chat service (aiohttp) that any instance can serve.

What makes it healthy: every message is stored in PostgreSQL under its conversation_id
and the history is replayed from the database on each request into a request-local
list; the connection pool is created once at startup (``cleanup_ctx``) and only read
by the handlers; the LLM client, model name and system prompt are module constants; a
retried POST with the same Idempotency-Key does not start or send anything twice.
"""

import os
import uuid

import asyncpg
from aiohttp import web
from openai import AsyncOpenAI

routes = web.RouteTableDef()
llm = AsyncOpenAI()
MODEL = os.environ.get("CHAT_MODEL", "gpt-4o-mini")
SYSTEM_PROMPT = {"role": "system", "content": "You are a helpful support assistant."}
DB = web.AppKey("db", asyncpg.Pool)
INSERT_MESSAGE = "INSERT INTO messages (conversation_id, role, content) VALUES ($1, $2, $3)"
CLAIM_KEY = "INSERT INTO idempotency_keys (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key"


@routes.post("/conversations")
async def start_conversation(request: web.Request) -> web.Response:
    conversation_id = request.headers.get("Idempotency-Key") or uuid.uuid4().hex
    await request.app[DB].execute(
        "INSERT INTO conversations (id) VALUES ($1) ON CONFLICT DO NOTHING", conversation_id
    )
    return web.json_response({"conversation_id": conversation_id}, status=201)


@routes.post("/conversations/{conversation_id}/messages")
async def chat(request: web.Request) -> web.Response:
    conversation_id = request.match_info["conversation_id"]
    retry_key = request.headers.get("Idempotency-Key")
    if retry_key and not await request.app[DB].fetchval(CLAIM_KEY, retry_key):
        return web.json_response({"error": "this message was already sent"}, status=409)
    payload = await request.json()
    rows = await request.app[DB].fetch(
        "SELECT role, content FROM messages WHERE conversation_id = $1 ORDER BY id",
        conversation_id,
    )
    messages = [SYSTEM_PROMPT]
    messages.extend({"role": row["role"], "content": row["content"]} for row in rows)
    messages.append({"role": "user", "content": payload["message"]})
    completion = await llm.chat.completions.create(model=MODEL, messages=messages)
    reply = completion.choices[0].message.content
    await request.app[DB].executemany(
        INSERT_MESSAGE,
        [(conversation_id, "user", payload["message"]), (conversation_id, "assistant", reply)],
    )
    return web.json_response({"reply": reply})


@routes.get("/conversations/{conversation_id}/messages")
async def get_messages(request: web.Request) -> web.Response:
    rows = await request.app[DB].fetch(
        "SELECT role, content FROM messages WHERE conversation_id = $1 ORDER BY id",
        request.match_info["conversation_id"],
    )
    return web.json_response([dict(row) for row in rows])


@routes.delete("/conversations/{conversation_id}")
async def delete_conversation(request: web.Request) -> web.Response:
    conversation_id = request.match_info["conversation_id"]
    await request.app[DB].execute("DELETE FROM conversations WHERE id = $1", conversation_id)
    return web.Response(status=204)


async def db_pool(app: web.Application):
    app[DB] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    yield
    await app[DB].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(db_pool)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app())
