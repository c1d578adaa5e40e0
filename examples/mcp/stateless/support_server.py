"""Support-assistant MCP server (``mcp`` SDK v1 FastMCP) that any replica can serve.

What makes it healthy: messages are stored in PostgreSQL per conversation_id and
replayed into a request-local list on every call; customer records are read from the
CRM on each call; the database pool is opened once in the lifespan and tools only read
it from ``ctx.request_context.lifespan_context``; ``stateless_http=True`` means no
Mcp-Session-Id is tied to one process.
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import asyncpg
import httpx
from mcp.server.fastmcp import Context, FastMCP
from openai import AsyncOpenAI

llm = AsyncOpenAI()
crm = httpx.AsyncClient(base_url=os.environ["CRM_URL"], timeout=5)
MODEL = "gpt-4o-mini"
SELECT_TURNS = "SELECT role, content FROM messages WHERE conversation_id = $1 ORDER BY id"
INSERT_TURN = "INSERT INTO messages (conversation_id, role, content) VALUES ($1, $2, $3)"


@dataclass(frozen=True)
class AppContext:
    db: asyncpg.Pool


@asynccontextmanager
async def lifespan(server: FastMCP) -> AsyncIterator[AppContext]:
    pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    try:
        yield AppContext(db=pool)
    finally:
        await pool.close()


mcp = FastMCP("support-assistant", lifespan=lifespan, stateless_http=True, json_response=True)


@mcp.tool()
async def ask(conversation_id: str, customer_id: str, question: str, ctx: Context) -> str:
    """Answer a customer's question, taking the earlier turns of the conversation into account."""
    db = ctx.request_context.lifespan_context.db
    customer = (await crm.get(f"/customers/{customer_id}")).raise_for_status().json()
    system = f"You support {customer['name']}, who is on the {customer['plan']} plan."
    messages = [{"role": "system", "content": system}]
    messages.extend(dict(row) for row in await db.fetch(SELECT_TURNS, conversation_id))
    messages.append({"role": "user", "content": question})
    completion = await llm.chat.completions.create(model=MODEL, messages=messages)
    answer = completion.choices[0].message.content
    await db.executemany(
        INSERT_TURN, [(conversation_id, "user", question), (conversation_id, "assistant", answer)]
    )
    await ctx.info(f"conversation {conversation_id}: {len(messages) + 1} messages")
    return answer


@mcp.tool()
async def forget(conversation_id: str, ctx: Context) -> str:
    """Drop a conversation."""
    db = ctx.request_context.lifespan_context.db
    await db.execute("DELETE FROM messages WHERE conversation_id = $1", conversation_id)
    return "forgotten"


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
