"""Notes MCP server (``fastmcp``) that keeps notes and usage in process memory.

What is wrong: ``notes`` maps each owner to a list of notes and the tools append to it
and remove from it; ``count_call`` rebinds the ``global`` ``tool_calls`` counter on
every tool call. Notes saved through one replica are invisible through the others,
and every restart or redeploy deletes them all.
"""

from datetime import datetime, timezone

from fastmcp import FastMCP

mcp = FastMCP("notes")
notes: dict[str, list[dict]] = {}
tool_calls = 0


def count_call() -> None:
    global tool_calls
    tool_calls += 1


@mcp.tool
def add_note(owner: str, text: str) -> dict:
    """Save a note for an owner."""
    count_call()
    owned = notes.setdefault(owner, [])
    note = {"id": len(owned) + 1, "text": text, "at": datetime.now(timezone.utc).isoformat()}
    owned.append(note)
    return note


@mcp.tool
def list_notes(owner: str) -> list[dict]:
    """All notes of an owner, oldest first."""
    count_call()
    return notes.get(owner, [])


@mcp.tool
def delete_note(owner: str, note_id: int) -> bool:
    """Delete one note; returns whether it existed."""
    count_call()
    for note in notes.get(owner, []):
        if note["id"] == note_id:
            notes[owner].remove(note)
            return True
    return False


@mcp.resource("notes://{owner}")
def notes_resource(owner: str) -> str:
    """An owner's notes as plain text."""
    return "\n".join(note["text"] for note in notes.get(owner, []))


@mcp.tool
def usage() -> dict:
    """How many tool calls this server has handled."""
    return {"tool_calls": tool_calls, "owners": len(notes)}


if __name__ == "__main__":
    mcp.run(transport="http", host="0.0.0.0", port=8000)
