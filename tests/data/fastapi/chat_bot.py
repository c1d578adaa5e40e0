"""Chat endpoint calling an LLM, remembering conversations in process memory."""

from collections import defaultdict

from fastapi import FastAPI
from langchain.chains import ConversationChain
from langchain.memory import ConversationBufferMemory
from langchain_openai import ChatOpenAI
from openai import AsyncOpenAI
from pydantic import BaseModel

app = FastAPI()
client = AsyncOpenAI()
llm = ChatOpenAI(model="gpt-4o-mini")
SYSTEM_PROMPT = "You are a helpful assistant."

conversations: dict[str, list[dict]] = defaultdict(list)
chat_history = []
memory = ConversationBufferMemory()


class ChatIn(BaseModel):
    conversation_id: str
    message: str


@app.post("/chat")
async def chat(body: ChatIn) -> dict:
    history = conversations[body.conversation_id]
    history.append({"role": "user", "content": body.message})  # expect: SLS104:5
    messages = [{"role": "system", "content": SYSTEM_PROMPT}, *history]
    completion = await client.chat.completions.create(model="gpt-4o-mini", messages=messages)
    answer = completion.choices[0].message.content
    conversations[body.conversation_id].append({"role": "assistant", "content": answer})  # expect: SLS104:5
    chat_history.append((body.message, answer))  # expect: SLS104:5
    return {"answer": answer}


@app.delete("/chat/{conversation_id}")
async def reset(conversation_id: str) -> dict:
    conversations.pop(conversation_id, None)  # expect: SLS104:5
    return {"ok": True}


@app.post("/chat/langchain")
def chat_langchain(body: ChatIn) -> dict:
    # A module-level LangChain memory object shared by every user.
    memory.chat_memory.add_user_message(body.message)  # expect: SLS104:5
    answer = llm.invoke(body.message).content
    memory.save_context({"input": body.message}, {"output": answer})  # expect: SLS104:5
    return {"answer": answer}


@app.get("/chat/{conversation_id}")
async def read_history(conversation_id: str) -> list[dict]:
    # Reading the module dict is fine.
    return conversations.get(conversation_id, [])


@app.post("/chat/langchain/reset")
def reset_langchain() -> dict:
    memory.clear()  # expect: SLS104:5
    return {"ok": True}


def build_chain():
    # Not request scope: building the chain at startup does not report.
    return ConversationChain(llm=llm, memory=memory)
