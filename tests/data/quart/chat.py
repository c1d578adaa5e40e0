"""LLM chat over Quart with histories in module memory."""

from langchain.memory import ConversationBufferWindowMemory
from langchain_community.chat_message_histories import ChatMessageHistory
from openai import AsyncOpenAI
from quart import Quart, jsonify, request, websocket

app = Quart(__name__)
client = AsyncOpenAI()

histories: dict[str, list[dict]] = {}
shared_history = ChatMessageHistory()


@app.post("/chat/<conversation_id>")
async def chat(conversation_id: str):
    body = await request.get_json()
    messages = histories.setdefault(conversation_id, [])  # expect: SLS104:16
    messages.append({"role": "user", "content": body["message"]})  # expect: SLS104:5
    resp = await client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    messages.append(resp.choices[0].message.model_dump())  # expect: SLS104:5
    return jsonify(answer=resp.choices[0].message.content)


@app.websocket("/chat/ws")
async def chat_ws():
    while True:
        text = await websocket.receive()
        shared_history.add_user_message(text)  # expect: SLS104:9
        await websocket.send(f"{len(shared_history.messages)} messages so far")  # expect: SLS104:37


def window_memory():
    # Built per call, not module state.
    return ConversationBufferWindowMemory(k=5)
