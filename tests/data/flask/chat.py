"""Support chat bot: conversation history kept per worker."""

from flask import Flask, jsonify, request
from llama_index.core.llms import ChatMessage
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.llms.openai import OpenAI

app = Flask(__name__)
llm = OpenAI(model="gpt-4o-mini")

chat_memory = ChatMemoryBuffer.from_defaults(token_limit=3000)
conversation_store: dict[str, list] = {}
message_history = []


@app.post("/support/<conversation_id>")
def support(conversation_id):
    question = request.json["question"]
    chat_memory.put(ChatMessage(role="user", content=question))  # expect: SLS104:5
    reply = llm.chat([ChatMessage(role="user", content=question)]).message.content
    chat_memory.put(ChatMessage(role="assistant", content=reply))  # expect: SLS104:5
    conversation_store.setdefault(conversation_id, []).append((question, reply))  # expect: SLS104:5
    message_history.extend([question, reply])  # expect: SLS104:5
    return jsonify(reply=reply)


@app.get("/support/<conversation_id>")
def transcript(conversation_id):
    return jsonify(turns=conversation_store.get(conversation_id, []))


@app.delete("/support/<conversation_id>")
def forget(conversation_id):
    conversation_store[conversation_id].clear()  # expect: SLS104:5
    chat_memory.reset()  # expect: SLS104:5
    return "", 204
