"""handlers.py of an aiohttp app: async functions taking `request` are handlers."""

from aiohttp import web

events: list[dict] = []
contexts = []


async def track(request: web.Request) -> web.Response:
    events.append(await request.json())  # expect: SLS101:5
    return web.Response(status=202)


def build_context(request: web.Request) -> dict:
    # A sync helper is not an aiohttp handler, and no handler calls it.
    context = {"path": request.path}
    contexts.append(context)
    return context
