"""An MCP notes server (SDK v1 FastMCP) keeping notes in process memory."""

import itertools

from mcp.server.fastmcp import Context, FastMCP

mcp = FastMCP("notes")

notes: dict[int, str] = {}
tags: dict[int, set[str]] = {}
note_ids = itertools.count(1)
NOTE_LIMIT = 1000


@mcp.tool()
def add_note(text: str, tag: str = "") -> int:
    """Store a note and return its id."""
    note_id = next(note_ids)  # expect: SLS101:15
    notes[note_id] = text  # expect: SLS101:5
    if tag:
        tags.setdefault(note_id, set()).add(tag)  # expect: SLS101:9
    return note_id


@mcp.tool()
async def delete_note(note_id: int, ctx: Context) -> str:
    await ctx.info(f"deleting {note_id}")
    notes.pop(note_id, None)  # expect: SLS101:5
    tags.pop(note_id, None)  # expect: SLS101:5
    return "deleted"


@mcp.tool()
def search_notes(query: str) -> list[int]:
    # Read-only.
    return [i for i, text in notes.items() if query.lower() in text.lower()][:NOTE_LIMIT]


@mcp.resource("notes://{note_id}")
def read_note(note_id: int) -> str:
    return notes[int(note_id)]


if __name__ == "__main__":
    mcp.run()
