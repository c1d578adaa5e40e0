"""aiohttp views with no decorator, annotation or ``request`` parameter: only routes.py says
they are views (``web.get(path, views.fn)``)."""

from aiohttp import web

visits: dict[str, int] = {}
PAGES = ("home", "about")


async def count(req):
    page = req.match_info["page"]
    visits[page] = visits.get(page, 0) + 1  # expect: SLS101:5
    return web.json_response({"visits": visits[page]})


async def pages(req):
    return web.json_response(list(PAGES))


def reset_counts() -> None:
    """A maintenance function no route names: not request scope."""
    visits.clear()
