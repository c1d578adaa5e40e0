"""MCP tools for a shop assistant."""

from mcp.server.fastmcp import FastMCP

from . import db

mcp = FastMCP("shop")
history: list[dict] = []


@mcp.tool()
def find_products(query: str, limit: int = 10) -> list[dict]:
    """Products whose title matches the query."""
    return db.fetch_all("SELECT * FROM products WHERE title LIKE :q LIMIT :n",
                        q=f"%{query}%", n=limit)


@mcp.tool()
def order_status(order_id: int) -> str:
    """The status of one order."""
    row = db.fetch_one("SELECT status FROM orders WHERE id = :id", id=order_id)
    return row["status"] if row else "unknown"


@mcp.tool()
def ask(question: str) -> str:
    """Answer a question, remembering the conversation."""
    history.append({"role": "user", "content": question})
    answer = f"{len(history)} messages so far"
    history.append({"role": "assistant", "content": answer})
    return answer
