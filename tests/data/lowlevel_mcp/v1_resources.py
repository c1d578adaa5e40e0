"""Low-level SDK v1 resources and prompts."""

import mcp.types as types
from mcp.server import Server
from pydantic import AnyUrl

app = Server("files")
read_counts: dict[str, int] = {}
prompt_requests = []
subscriptions = set()
FILES = {"file:///readme.md": "# Readme"}


@app.list_resources()
async def list_resources() -> list[types.Resource]:
    return [types.Resource(uri=AnyUrl(uri), name=uri) for uri in FILES]


@app.read_resource()
async def read_resource(uri: AnyUrl) -> str:
    read_counts[str(uri)] = read_counts.get(str(uri), 0) + 1  # expect: SLS101:5
    return FILES[str(uri)]


@app.get_prompt()
async def get_prompt(name: str, arguments: dict[str, str] | None) -> types.GetPromptResult:
    prompt_requests.append(name)  # expect: SLS101:5
    return types.GetPromptResult(messages=[])


@app.subscribe_resource()
async def subscribe(uri: AnyUrl) -> None:
    subscriptions.add(str(uri))  # expect: SLS101:5
