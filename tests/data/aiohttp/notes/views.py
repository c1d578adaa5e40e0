"""views.py of an aiohttp app: handlers registered from routes.py."""

import aiohttp
from aiohttp import web

notes: list[dict] = []
http_client_kwargs = {"timeout": aiohttp.ClientTimeout(total=5)}


async def create_note(request: web.Request) -> web.Response:
    note = await request.json()
    notes.append(note)  # expect: SLS101:5
    return web.json_response(note, status=201)


async def list_notes(request: web.Request) -> web.Response:
    return web.json_response(notes)


async def fetch_preview(request: web.Request) -> web.Response:
    # A request-local copy of module options.
    kwargs = dict(http_client_kwargs)
    kwargs["raise_for_status"] = True
    async with aiohttp.ClientSession(**kwargs) as session:
        async with session.get(request.query["url"]) as resp:
            return web.Response(text=(await resp.text())[:200])
