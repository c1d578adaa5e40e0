"""fastmcp tools with settings, clients, loggers and request-local data. No findings."""

import logging
import re
from functools import lru_cache

import httpx
from fastmcp import Context, FastMCP
from pydantic_settings import BaseSettings

log = logging.getLogger(__name__)
ISSUE_RE = re.compile(r"#(\d+)")
PROMPTS = {"triage": "Label this issue: {title}"}
client = httpx.AsyncClient(base_url="https://api.github.com")


class Settings(BaseSettings):
    repo: str = "octo/demo"


@lru_cache
def get_settings() -> Settings:
    return Settings()


mcp = FastMCP("triage")


@mcp.tool
async def triage(title: str, ctx: Context) -> dict:
    await ctx.info("triaging")
    numbers = [int(n) for n in ISSUE_RE.findall(title)]
    labels = []
    if numbers:
        labels.append("linked")
    resp = await client.get(f"/repos/{get_settings().repo}/issues", params={"per_page": 5})
    log.info("fetched %d issues", len(resp.json()))
    return {"prompt": PROMPTS["triage"].format(title=title), "labels": labels}


@mcp.prompt
def triage_prompt(title: str) -> str:
    template = dict(PROMPTS)
    template["triage"] += " (be brief)"
    return template["triage"].format(title=title)
