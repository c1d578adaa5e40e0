"""The route table, a module of its own: the verbs of ``aiohttp.web`` given views of views.py."""

from aiohttp import web

from visits import views

ROUTES = [
    web.get("/pages", views.pages),
    web.post("/visits/{page}", views.count),
]
