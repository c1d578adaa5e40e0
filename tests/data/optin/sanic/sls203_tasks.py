"""Sanic's app.add_task from a handler, and at startup."""

from sanic import Sanic
from sanic.response import json

from .mail import refresh_cache, send_mail

app = Sanic("Mailer")


@app.before_server_start
async def start_refresher(app, loop):
    app.add_task(refresh_cache())


@app.put("/mail")
async def mail(request):
    request.app.add_task(send_mail(request.json["to"]))  # expect: SLS203:5
    app.add_task(send_mail("audit@example.com"))  # expect: SLS203:5
    return json({"ok": True})
