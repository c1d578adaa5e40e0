"""A fastmcp server over HTTP whose tools keep notes with ctx.set_state, with no
session_state_store: the state goes to the server's default MemoryStore (fastmcp
server/server.py, ``_state_store``).

Not SLS109: the state is keyed by the MCP session id. On a handshake-era connection that
session lives in this process's session manager too, so the state goes where the session
goes; on a stateless or 2026-07-28 connection the id is new for every request, so nothing
outlives the request (fastmcp server/context.py, ``set_state``). A shared store would not
make either kind of session reach another instance. Serving sessions over HTTP from one
process is SLS204's question.
"""

from fastmcp import Context, FastMCP

mcp = FastMCP("Notes")


@mcp.tool
async def remember(note: str, ctx: Context) -> str:
    notes = await ctx.get_state("notes") or []
    await ctx.set_state("notes", [*notes, note])
    return f"{len(notes) + 1} notes"


@mcp.tool
async def recall(ctx: Context) -> list[str]:
    return await ctx.get_state("notes") or []


app = mcp.http_app()

if __name__ == "__main__":
    mcp.run(transport="http", host="0.0.0.0", port=8000)
