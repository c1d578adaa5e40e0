"""The application: it adds the route table of routes.py."""

from aiohttp import web

from visits.routes import ROUTES


def make_app() -> web.Application:
    app = web.Application()
    app.add_routes(ROUTES)
    return app
