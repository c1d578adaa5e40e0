"""SDK v2 registration shapes: prompts, resources, custom routes, add_tool, aliases."""

from mcp.server import mcpserver
from mcp.server.mcpserver import MCPServer as Server
from starlette.requests import Request
from starlette.responses import PlainTextResponse

app = Server("docs")
admin = mcpserver.MCPServer("docs-admin")

page_views: dict[str, int] = {}
prompt_log = []
pings = []
reindexed = []


@app.resource("docs://{page}")
def page(page: str) -> str:
    page_views[page] = page_views.get(page, 0) + 1  # expect: SLS101:5
    return f"# {page}"


@app.prompt
def explain(topic: str) -> str:
    prompt_log.append(topic)  # expect: SLS101:5
    return f"Explain {topic} simply."


@app.custom_route("/ping", methods=["GET"])
async def ping(request: Request) -> PlainTextResponse:
    pings.append(request.url.path)  # expect: SLS101:5
    return PlainTextResponse("pong")


def reindex(section: str) -> str:
    reindexed.append(section)  # expect: SLS101:5
    return "ok"


admin.add_tool(reindex)
