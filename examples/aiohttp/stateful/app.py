"""LLM chat service (aiohttp) that remembers conversations in a dict.

What is wrong: ``conversations`` maps a conversation_id to its list of messages and the
chat handlers append to it. A follow-up routed to another instance finds no history, so
the model loses the context; a restart forgets every conversation; and the dict grows
until the process runs out of memory.
"""

import os
import uuid
from collections import defaultdict

from aiohttp import web
from openai import AsyncOpenAI

routes = web.RouteTableDef()
llm = AsyncOpenAI()
MODEL = os.environ.get("CHAT_MODEL", "gpt-4o-mini")
SYSTEM_PROMPT = {"role": "system", "content": "You are a helpful support assistant."}

conversations: defaultdict[str, list[dict]] = defaultdict(list)


@routes.post("/conversations")
async def start_conversation(request: web.Request) -> web.Response:
    conversation_id = uuid.uuid4().hex
    conversations[conversation_id].append(SYSTEM_PROMPT)
    return web.json_response({"conversation_id": conversation_id}, status=201)


@routes.post("/conversations/{conversation_id}/messages")
async def chat(request: web.Request) -> web.Response:
    conversation_id = request.match_info["conversation_id"]
    if conversation_id not in conversations:
        raise web.HTTPNotFound()
    payload = await request.json()
    history = conversations[conversation_id]
    history.append({"role": "user", "content": payload["message"]})
    completion = await llm.chat.completions.create(model=MODEL, messages=history)
    reply = completion.choices[0].message.content
    history.append({"role": "assistant", "content": reply})
    return web.json_response({"reply": reply})


@routes.get("/conversations/{conversation_id}/messages")
async def get_messages(request: web.Request) -> web.Response:
    return web.json_response(conversations.get(request.match_info["conversation_id"], []))


@routes.delete("/conversations/{conversation_id}")
async def delete_conversation(request: web.Request) -> web.Response:
    conversations.pop(request.match_info["conversation_id"], None)
    return web.Response(status=204)


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app())
