"""SDK v1 server with a typed lifespan context; tools only read it. No findings."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.session import ServerSession

WEATHER_API = "https://api.weather.example"
UNITS = ("metric", "imperial")
STARTUP_LOG: list[str] = []


@dataclass
class AppContext:
    http: httpx.AsyncClient


@asynccontextmanager
async def app_lifespan(server: FastMCP) -> AsyncIterator[AppContext]:
    STARTUP_LOG.append("starting")
    async with httpx.AsyncClient(base_url=WEATHER_API) as http:
        yield AppContext(http=http)
    STARTUP_LOG.clear()


mcp = FastMCP("weather", lifespan=app_lifespan, stateless_http=True)


@mcp.tool()
async def forecast(city: str, ctx: Context[ServerSession, AppContext], units: str = "metric") -> dict:
    """Get a forecast for a city."""
    if units not in UNITS:
        raise ValueError(f"units must be one of {UNITS}")
    await ctx.info(f"forecast for {city}")
    await ctx.report_progress(0.5, 1.0)
    http = ctx.request_context.lifespan_context.http
    resp = await http.get("/forecast", params={"city": city, "units": units})
    data = resp.json()
    data["city"] = city
    return data
