"""fastmcp: decorators with and without parentheses, prompts, resources, standalone decorators."""

import fastmcp
from fastmcp.prompts import prompt
from fastmcp.resources import resource
from fastmcp.tools import tool

server = fastmcp.FastMCP("kb")

articles: dict[str, str] = {}
prompt_calls = []
resource_reads = []
standalone_calls = []
routes_hit = []


@server.tool
def save_article(slug: str, body: str) -> str:
    articles[slug] = body  # expect: SLS101:5
    return slug


@server.prompt
def summarise(slug: str) -> str:
    prompt_calls.append(slug)  # expect: SLS101:5
    return f"Summarise: {articles.get(slug, '')}"


@server.resource("kb://{slug}")
def article(slug: str) -> str:
    resource_reads.append(slug)  # expect: SLS101:5
    return articles[slug]


@tool
def word_count(text: str) -> int:
    standalone_calls.append("word_count")  # expect: SLS101:5
    return len(text.split())


@resource("kb://index")
def index() -> list[str]:
    return sorted(articles)


@prompt
def greet(name: str) -> str:
    return f"Hello {name}"


@server.custom_route("/health", methods=["GET"])
async def health(request):
    routes_hit.append(request.url.path)  # expect: SLS101:5
    return {"ok": True}
