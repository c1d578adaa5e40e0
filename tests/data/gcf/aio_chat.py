"""An async (Starlette) HTTP function keeping chat history in the instance."""

import functions_framework.aio
from starlette.requests import Request

conversations = {}


@functions_framework.aio.http
async def chat(request: Request):
    body = await request.json()
    history = conversations.setdefault(body["conversation_id"], [])  # expect: SLS104:15
    history.append({"role": "user", "content": body["message"]})  # expect: SLS104:5
    return {"messages": len(history)}


@functions_framework.aio.cloud_event
async def reset(event):
    conversations.pop(event.data["conversation_id"], None)  # expect: SLS104:5
