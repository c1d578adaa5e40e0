"""Route setup for notes/views.py. No findings."""

from aiohttp import web

from . import views


def setup_routes(app: web.Application) -> None:
    app.router.add_post("/notes", views.create_note)
    app.router.add_get("/notes", views.list_notes)
    app.router.add_get("/preview", views.fetch_preview)
