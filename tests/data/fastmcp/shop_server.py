"""A fastmcp shopping server keeping carts in memory, keyed by the MCP session."""

from fastmcp import Context, FastMCP

mcp = FastMCP("shop")

carts: dict[str, list[str]] = {}
orders: list[dict] = []
CATALOG = {"apple": 1.0, "pear": 1.5}


@mcp.tool
def add_to_cart(sku: str, ctx: Context) -> list[str]:
    """Add an item to the caller's cart."""
    # Keyed by the session id: a session store whatever its name.
    carts.setdefault(ctx.session_id, []).append(sku)  # expect: SLS103:5
    return carts[ctx.session_id]


@mcp.tool(name="checkout")
def checkout(user_id: str) -> dict:
    order = {"user": user_id, "items": list(carts.get(user_id, []))}
    orders.append(order)  # expect: SLS101:5
    return order


@mcp.tool()
def price(sku: str) -> float:
    return CATALOG[sku]


@mcp.resource("orders://count")
def order_count() -> int:
    return len(orders)


if __name__ == "__main__":
    mcp.run()
