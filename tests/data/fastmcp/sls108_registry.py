"""fastmcp: tools added per call change the server for every client (SLS108)."""

from contextlib import asynccontextmanager

from fastmcp import Context, FastMCP


@asynccontextmanager
async def lifespan(server: FastMCP):
    yield {"plans": {"free": 10, "pro": 1000}}


mcp = FastMCP("billing", lifespan=lifespan)


def refund(invoice_id: str) -> str:
    return f"refunded {invoice_id}"


@mcp.tool
async def unlock_refunds(ctx: Context) -> str:
    ctx.fastmcp.add_tool(refund)  # expect: SLS108:5
    return "refunds unlocked"


@mcp.tool
async def hide_refunds(ctx: Context) -> str:
    mcp.remove_tool("refund")  # expect: SLS108:5
    return "refunds hidden"


@mcp.tool
async def set_plan(plan: str, limit: int, ctx: Context) -> str:
    ctx.request_context.lifespan_context["plans"][plan] = limit  # expect: SLS108:5
    return "ok"


@mcp.tool
async def plan_limit(plan: str, ctx: Context) -> int:
    """Per-request helpers and reads: no findings."""
    await ctx.info(f"looking up {plan}")
    ctx.set_state("plan", plan)
    plans = dict(ctx.request_context.lifespan_context["plans"])
    plans.setdefault(plan, 0)
    return plans[plan]


mcp.add_tool(refund)
