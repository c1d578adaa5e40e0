"""SDK v1: one lifespan context is shared by every client (SLS108 on writes in tools)."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import asyncpg
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.session import ServerSession


@dataclass
class AppContext:
    pool: asyncpg.Pool
    quotas: dict[str, int] = field(default_factory=dict)
    calls: int = 0


@asynccontextmanager
async def lifespan(server: FastMCP) -> AsyncIterator[AppContext]:
    # Setup: runs once, before any client connects. No findings.
    pool = await asyncpg.create_pool("postgresql://localhost/notes")
    context = AppContext(pool=pool)
    context.quotas["default"] = 100
    yield context
    await pool.close()


mcp = FastMCP("notes", lifespan=lifespan)


@mcp.tool()
async def add_note(text: str, ctx: Context[ServerSession, AppContext]) -> str:
    """Store a note."""
    ctx.request_context.lifespan_context.calls += 1  # expect: SLS108:5
    ctx.request_context.lifespan_context.quotas[ctx.client_id] = 10  # expect: SLS108:5
    ctx.request_context.lifespan_context.last_note = text  # expect: SLS108:5
    async with ctx.request_context.lifespan_context.pool.acquire() as conn:
        await conn.execute("INSERT INTO notes(text) VALUES($1)", text)
    return "ok"


@mcp.tool()
async def enable_admin(ctx: Context) -> str:
    """Expose admin tools to everyone: the registry is shared by every client."""
    mcp.add_tool(purge_notes)  # expect: SLS108:5
    return "enabled"


def purge_notes() -> str:
    return "purged"


@mcp.tool()
async def search(query: str, ctx: Context[ServerSession, AppContext]) -> list[str]:
    """Read the lifespan context and use the per-request helpers. No findings."""
    await ctx.info(f"searching {query}")
    await ctx.report_progress(1, 2)
    pool = ctx.request_context.lifespan_context.pool
    quota = ctx.request_context.lifespan_context.quotas.get(ctx.client_id, 100)
    rows = await pool.fetch("SELECT text FROM notes WHERE text LIKE $1 LIMIT $2", query, quota)
    return [row["text"] for row in rows]


mcp.add_tool(purge_notes, name="purge")
