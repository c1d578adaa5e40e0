"""fastmcp server with a lifespan, Context helpers and explicit state handles. No findings."""

from contextlib import asynccontextmanager

import httpx
from fastmcp import Context, FastMCP

LIMITS = {"max_results": 20}
LOADED: dict[str, str] = {}


@asynccontextmanager
async def lifespan(server: FastMCP):
    LOADED["model"] = "small"
    async with httpx.AsyncClient() as client:
        yield {"client": client}


mcp = FastMCP("research", lifespan=lifespan)


@mcp.tool
async def search(query: str, ctx: Context) -> list[str]:
    await ctx.info(f"searching {query}")
    client = ctx.request_context.lifespan_context["client"]
    resp = await client.get("https://search.example/api", params={"q": query})
    hits = resp.json()["hits"][: LIMITS["max_results"]]
    results = []
    for i, hit in enumerate(hits):
        await ctx.report_progress(i + 1, len(hits))
        results.append(hit["title"])
    return results


@mcp.tool
def model_name() -> str:
    return LOADED["model"]
