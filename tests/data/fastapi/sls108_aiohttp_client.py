"""A FastAPI router that also imports aiohttp (as an HTTP client, like a model proxy does):
``request.app.state`` is still the state to report, not an aiohttp application's items."""

import aiohttp
from fastapi import APIRouter, Request

router = APIRouter(prefix="/ollama")


@router.post("/config/update")
async def update_config(request: Request, form_data: dict) -> dict:
    request.app.state.BASE_MODELS = []  # expect: SLS108:5
    request.app.state.OLLAMA_MODELS = {}  # expect: SLS108:5
    models = getattr(request.app.state, "MODELS", None)
    if hasattr(models, "clear"):
        models.clear()
    return {"ok": True}


@router.get("/models")
async def list_models(request: Request) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get("http://localhost:11434/api/tags") as response:
            return await response.json()
