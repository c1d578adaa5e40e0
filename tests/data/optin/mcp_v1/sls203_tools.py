"""MCP tools: a detached task and a module-level semaphore."""

import asyncio

from mcp.server.fastmcp import FastMCP

from .crawler import crawl

mcp = FastMCP("crawler", stateless_http=True)
crawl_slots = asyncio.Semaphore(4)


@mcp.tool()
async def start_crawl(url: str) -> str:
    asyncio.ensure_future(crawl(url))  # expect: SLS203:5
    return "started"


@mcp.tool()
async def crawl_now(url: str) -> str:
    async with crawl_slots:  # expect: SLS203:5
        return await crawl(url)


@mcp.tool()
async def crawl_many(urls: list[str]) -> list[str]:
    tasks = []
    for url in urls:
        tasks.append(asyncio.create_task(crawl(url)))
    return list(await asyncio.gather(*tasks))


if __name__ == "__main__":
    mcp.run(transport="streamable-http")
