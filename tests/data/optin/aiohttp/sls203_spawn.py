"""aiohttp handlers: aiojobs spawn and bare asyncio tasks."""

import asyncio

from aiohttp import web
from aiojobs.aiohttp import spawn

from .mail import send_mail

routes = web.RouteTableDef()
background_tasks = set()


@routes.put("/mail")
async def mail(request: web.Request) -> web.Response:
    await spawn(request, send_mail(request.query["to"]))  # expect: SLS203:11
    task = asyncio.create_task(send_mail("audit@example.com"))  # expect: SLS203:12
    background_tasks.add(task)  # expect: SLS101:5
    task.add_done_callback(background_tasks.discard)
    return web.json_response({"ok": True})


@routes.get("/mail/preview")
async def preview(request: web.Request) -> web.Response:
    loop = asyncio.get_running_loop()
    body = await loop.run_in_executor(None, str, request.query["to"])
    late = loop.create_task(send_mail(body))  # expect: SLS203:12
    return web.json_response({"body": body, "scheduled": not late.done()})
