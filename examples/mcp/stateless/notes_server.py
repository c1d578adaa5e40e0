"""Notes MCP server (``fastmcp``) that any replica can serve.

What makes it healthy: notes are rows in PostgreSQL keyed by owner, read and written
through an engine created once at import; the tool-call counter is a Redis ``INCR``;
the HTTP transport runs with ``stateless_http=True``, so no MCP session is pinned to
one process. Module level holds only the server, the engine, the Redis client and a
logger.
"""

import logging
import os

import sqlalchemy as sa
from fastmcp import FastMCP
from redis import Redis

mcp = FastMCP("notes")
engine = sa.create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
redis_client = Redis.from_url(os.environ["REDIS_URL"])
logger = logging.getLogger(__name__)


def count_call() -> None:
    redis_client.incr("notes:tool_calls")


def query(sql: str, **params: object) -> list[dict]:
    with engine.begin() as conn:
        return [dict(row) for row in conn.execute(sa.text(sql), params).mappings()]


@mcp.tool
def add_note(owner: str, text: str) -> dict:
    """Save a note for an owner."""
    count_call()
    [note] = query(
        "INSERT INTO notes (owner, text, at) VALUES (:o, :t, now()) RETURNING id, text, at",
        o=owner, t=text,
    )
    logger.info("note %s saved for %s", note["id"], owner)
    return note


@mcp.tool
def list_notes(owner: str) -> list[dict]:
    """All notes of an owner, oldest first."""
    count_call()
    return query("SELECT id, text, at FROM notes WHERE owner = :o ORDER BY id", o=owner)


@mcp.tool
def delete_note(owner: str, note_id: int) -> bool:
    """Delete one note; returns whether it existed."""
    count_call()
    return bool(query("DELETE FROM notes WHERE owner = :o AND id = :i RETURNING id",
                      o=owner, i=note_id))


@mcp.resource("notes://{owner}")
def notes_resource(owner: str) -> str:
    """An owner's notes as plain text."""
    rows = query("SELECT text FROM notes WHERE owner = :o ORDER BY id", o=owner)
    return "\n".join(row["text"] for row in rows)


@mcp.tool
def usage() -> dict:
    """How many tool calls all replicas have handled."""
    return {"tool_calls": int(redis_client.get("notes:tool_calls") or 0)}


if __name__ == "__main__":
    mcp.run(transport="http", host="0.0.0.0", port=8000, stateless_http=True)
