"""Support-assistant MCP server (``mcp`` SDK v1 FastMCP) with per-process memory.

What is wrong: the ``ask`` tool keeps each conversation's messages in the module-level
``conversations`` dict, and ``fetch_customer`` caches CRM records per customer_id with
``lru_cache``. Behind a load balancer the next call of a conversation may reach a
replica that has no history, a restart forgets every conversation, and a customer's
plan change never reaches the replicas still holding the old record.
"""

import os
from functools import lru_cache

import httpx
from mcp.server.fastmcp import FastMCP
from openai import OpenAI

mcp = FastMCP("support-assistant")
llm = OpenAI()
crm = httpx.Client(base_url=os.environ["CRM_URL"], timeout=5)
MODEL = "gpt-4o-mini"

conversations: dict[str, list[dict]] = {}


@lru_cache(maxsize=2048)
def fetch_customer(customer_id: str) -> dict:
    response = crm.get(f"/customers/{customer_id}")
    response.raise_for_status()
    return response.json()


@mcp.tool()
def ask(conversation_id: str, customer_id: str, question: str) -> str:
    """Answer a customer's question, taking the earlier turns of the conversation into account."""
    customer = fetch_customer(customer_id)
    if conversation_id not in conversations:
        system = f"You support {customer['name']}, who is on the {customer['plan']} plan."
        conversations[conversation_id] = [{"role": "system", "content": system}]
    conversations[conversation_id].append({"role": "user", "content": question})
    completion = llm.chat.completions.create(model=MODEL, messages=conversations[conversation_id])
    answer = completion.choices[0].message.content
    conversations[conversation_id].append({"role": "assistant", "content": answer})
    return answer


@mcp.tool()
def forget(conversation_id: str) -> str:
    """Drop a conversation."""
    del conversations[conversation_id]
    return "forgotten"


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
