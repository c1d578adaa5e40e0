"""Writes of app state under conditions that are not lazy initialisation: a negated flag in
an ``and``, a negated local. They are reported (found on a real chat backend)."""

from fastapi import FastAPI, Request

from .config import config, get_reranker

app = FastAPI()


@app.post("/rag/config")
async def update_rag_config(request: Request, form: dict) -> dict:
    if config.hybrid_search and not config.bypass_embedding:
        request.app.state.rf = get_reranker(form["model"])  # expect: SLS108:9
    enabled = form.get("enabled", True)
    if not enabled:
        request.app.state.models = {}  # expect: SLS108:9
    return {"ok": True}
