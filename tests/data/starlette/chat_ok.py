"""LLM chat with per-request message lists and a lifespan that yields state. No findings."""

import contextlib

import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from chat.store import load_messages, save_messages

SYSTEM_PROMPT = "Answer briefly."
PROMPTS = {}


@contextlib.asynccontextmanager
async def lifespan(app):
    # Starlette copies the yielded state into every request's scope.
    PROMPTS["default"] = SYSTEM_PROMPT
    async with httpx.AsyncClient(base_url="https://llm.internal") as client:
        yield {"llm": client}


async def chat(request):
    body = await request.json()
    conversation_id = body["conversation_id"]
    history = await load_messages(conversation_id)
    messages = [{"role": "system", "content": PROMPTS["default"]}]
    messages += history
    messages.append({"role": "user", "content": body["message"]})
    resp = await request.state.llm.post("/v1/chat", json={"messages": messages})
    answer = resp.json()["content"]
    await save_messages(conversation_id, [messages[-1], {"role": "assistant", "content": answer}])
    return JSONResponse({"answer": answer})


app = Starlette(routes=[Route("/chat", chat, methods=["POST"])], lifespan=lifespan)
