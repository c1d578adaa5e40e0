"""Chat endpoint that persists every message and replays it per request. No findings."""

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from langchain.memory import ConversationBufferMemory
from langchain_community.chat_message_histories import RedisChatMessageHistory
from openai import AsyncOpenAI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

from chat.models import Message

engine = create_async_engine("postgresql+asyncpg://localhost/chat")
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)
client = AsyncOpenAI()
SYSTEM_PROMPT = "You are a helpful assistant."
MODELS = {}


@asynccontextmanager
async def lifespan(app):
    MODELS["default"] = "gpt-4o-mini"
    yield
    MODELS.clear()


app = FastAPI(lifespan=lifespan)


async def get_db():
    async with SessionLocal() as db:
        yield db


class ChatIn(BaseModel):
    conversation_id: str
    message: str


@app.post("/chat")
async def chat(body: ChatIn, db: AsyncSession = Depends(get_db)) -> dict:
    stored = await Message.for_conversation(db, body.conversation_id)
    # `messages` and `history` are request locals, not the module's state.
    messages = [{"role": "system", "content": SYSTEM_PROMPT}]
    history = [{"role": m.role, "content": m.content} for m in stored]
    messages.extend(history)
    messages.append({"role": "user", "content": body.message})
    completion = await client.chat.completions.create(model=MODELS["default"], messages=messages)
    answer = completion.choices[0].message.content
    db.add(Message(conversation_id=body.conversation_id, role="user", content=body.message))
    db.add(Message(conversation_id=body.conversation_id, role="assistant", content=answer))
    await db.commit()
    return {"answer": answer}


@app.post("/chat/langchain")
async def chat_langchain(body: ChatIn) -> dict:
    # Memory built per request on a shared Redis history.
    chat_history = RedisChatMessageHistory(body.conversation_id, url="redis://localhost:6379/0")
    memory = ConversationBufferMemory(chat_memory=chat_history)
    memory.chat_memory.add_user_message(body.message)
    return {"turns": len(chat_history.messages)}
