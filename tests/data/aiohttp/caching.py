"""Caching in an aiohttp service."""

from functools import lru_cache

from aiohttp import web
from async_lru import alru_cache

routes = web.RouteTableDef()
profile_cache: dict[str, dict] = {}
weather_cache = {}


@alru_cache(maxsize=4096)  # expect: SLS105:2
async def introspect(token: str) -> dict:
    return {"sub": token[:8]}


@lru_cache(maxsize=1)
def config() -> dict:
    return {"units": "metric"}


@routes.get("/me")
async def me(request: web.Request) -> web.Response:
    token = request.headers["Authorization"]
    claims = await introspect(token)
    profile_cache[claims["sub"]] = claims  # expect: SLS105:5
    return web.json_response(claims)


@routes.get("/weather/{city}")
async def weather(request: web.Request) -> web.Response:
    city = request.match_info["city"]
    weather_cache[city] = {"temp": 21, "units": config()["units"]}  # expect: SLS105:5
    return web.json_response(weather_cache[city])
