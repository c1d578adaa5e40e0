from fastapi import APIRouter

from . import docs_index

router = APIRouter()


@router.get("/docs/titles")
async def titles() -> dict[str, str]:
    return docs_index.titles()


@router.post("/docs/visit")
async def visit(user_id: str, url: str) -> None:
    docs_index.remember_page(user_id, url)  # expect: SLS110:5
