"""Resources, prompts, custom routes and add_tool (SDK v1), through import aliases."""

import mcp.server.fastmcp as fm
from mcp.server.fastmcp import FastMCP as MCP
from starlette.requests import Request
from starlette.responses import JSONResponse

server = MCP("inventory")
other = fm.FastMCP("inventory-admin")

stock: dict[str, int] = {"apple": 3}
prompt_uses = []
health_checks = []
restock_log = []
audit = []


@server.resource("stock://{sku}")
def stock_level(sku: str) -> str:
    audit.append(("read", sku))  # expect: SLS101:5
    return str(stock.get(sku, 0))


@server.prompt()
def restock_prompt(sku: str) -> str:
    prompt_uses.append(sku)  # expect: SLS101:5
    return f"Should we restock {sku}? Current level: {stock.get(sku, 0)}"


@server.custom_route("/health", methods=["GET"])
async def health(request: Request) -> JSONResponse:
    health_checks.append(request.client.host)  # expect: SLS101:5
    return JSONResponse({"ok": True})


def restock(sku: str, amount: int) -> int:
    """Registered with add_tool below."""
    stock[sku] = stock.get(sku, 0) + amount  # expect: SLS101:5
    return stock[sku]


class Reporter:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def report(self, sku: str) -> str:
        restock_log.append(sku)  # expect: SLS101:9
        return f"{self.prefix}{sku}"


reporter = Reporter("sku:")
server.add_tool(restock)
other.add_tool(reporter.report, name="report")
