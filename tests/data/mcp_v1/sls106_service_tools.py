"""Bound methods of one service object registered as MCP tools (SLS106)."""

import httpx
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("github")


class GitHubTools:
    def __init__(self, token: str):
        self.http = httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"})
        self.rate_limits = {}

    async def list_issues(self, repo: str) -> list[dict]:
        response = await self.http.get(f"https://api.github.com/repos/{repo}/issues")
        self.rate_limits[repo] = response.headers.get("x-ratelimit-remaining")  # expect: SLS106:9
        self.last_repo = repo  # expect: SLS106:9
        return response.json()

    async def get_issue(self, repo: str, number: int) -> dict:
        # Reads only: no finding.
        response = await self.http.get(f"https://api.github.com/repos/{repo}/issues/{number}")
        return response.json()


tools = GitHubTools(token="ghp_example")
mcp.add_tool(tools.list_issues)
mcp.add_tool(tools.get_issue)
