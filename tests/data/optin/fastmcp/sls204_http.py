"""fastmcp: http_app() and run(transport="http") with and without stateless_http."""

from fastapi import FastAPI
from fastmcp import FastMCP

mcp = FastMCP("inventory")
api = FastMCP("api")


@mcp.tool
def stock(sku: str) -> int:
    return 0


mcp_app = mcp.http_app(path="/mcp")  # expect: SLS204:11
api_app = api.http_app(path="/mcp", stateless_http=True)
legacy_app = mcp.http_app(transport="sse")  # expect: SLS204:14
app = FastAPI(lifespan=mcp_app.lifespan)
app.mount("/inventory", mcp_app)
app.mount("/api", api_app)

if __name__ == "__main__":
    mcp.run(transport="http", host="0.0.0.0", port=8000)  # expect: SLS204:5
    api.run(transport="http", stateless_http=True)
    mcp.run()
