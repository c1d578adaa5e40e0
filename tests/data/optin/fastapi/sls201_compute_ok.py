"""POST endpoints that change nothing (shaped like a real search and chat backend): search,
compute, validate, ask a model, sign a token, stream a file. A retry repeats no change, so
SLS201 does not report them. The ones that store a conversation or keep a query do write."""

from fastapi import APIRouter, FastAPI, UploadFile
from fastapi.responses import FileResponse
from openai import AsyncOpenAI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from .auth import create_access_token, verify_password
from .index import vector_index
from .pricing import quote_for

app = FastAPI()
router = APIRouter(prefix="/api")
llm = AsyncOpenAI()


class Query(BaseModel):
    text: str
    limit: int = 10


@router.post("/search")
async def search(query: Query) -> list[dict]:
    hits = await vector_index.query(query.text, top_k=query.limit)
    results = []
    for hit in hits:
        results.append({"id": hit.id, "score": hit.score})
    return results


@router.post("/chat/completions")
async def complete(query: Query) -> dict:
    response = await llm.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": query.text}]
    )
    return {"answer": response.choices[0].message.content}


@router.post("/embeddings")
async def embed(query: Query) -> dict:
    result = await llm.embeddings.create(model="text-embedding-3-small", input=query.text)
    return {"vector": result.data[0].embedding}


@router.post("/quotes")
def quote(items: list[str]) -> dict:
    totals = {}
    totals.update({item: quote_for(item) for item in items})
    return totals


@router.post("/token")
def login(username: str, password: str) -> dict:
    if not verify_password(username, password):
        return {"error": "invalid"}
    return {"access_token": create_access_token(username)}


@router.post("/render")
def render(upload: UploadFile) -> FileResponse:
    seen = set()
    seen.add(upload.filename)
    return FileResponse(upload.filename)


@router.post("/conversations")
async def save_conversation(query: Query, db: AsyncSession) -> dict:  # expect: SLS201:1
    db.add(Conversation(text=query.text))
    await db.commit()
    return {"ok": True}


class Conversation(BaseModel):
    text: str


recent_queries = []


@router.post("/history")
def remember(query: Query) -> dict:  # expect: SLS201:1
    # A change kept in process memory is a change too (SLS101 reports where it is kept).
    recent_queries.append(query.text)  # expect: SLS101:5
    return {"count": len(recent_queries)}


app.include_router(router)
