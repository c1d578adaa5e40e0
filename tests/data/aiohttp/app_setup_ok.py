"""Startup hooks and cleanup contexts fill state once; handlers only read it. No findings."""

import logging

import aiohttp
import asyncpg
from aiohttp import web

log = logging.getLogger(__name__)
TEMPLATES: dict[str, str] = {}
app_key_db = web.AppKey("db", asyncpg.Pool)


async def load_templates(app: web.Application) -> None:
    TEMPLATES["welcome"] = "Hello {name}"
    TEMPLATES.update({"bye": "Bye {name}"})


async def http_client_ctx(app: web.Application):
    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


async def welcome(request: web.Request) -> web.Response:
    name = request.query.get("name", "world")
    rows = await request.app[app_key_db].fetch("SELECT 1")
    log.info("welcome %s (%d rows)", name, len(rows))
    return web.Response(text=TEMPLATES["welcome"].format(name=name))


async def init_app() -> web.Application:
    app = web.Application()
    app[app_key_db] = await asyncpg.create_pool("postgresql://localhost/app")
    app.on_startup.append(load_templates)
    app.cleanup_ctx.append(http_client_ctx)
    app.router.add_get("/", welcome)
    return app
