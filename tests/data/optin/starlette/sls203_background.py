"""Starlette background tasks attached to responses."""

from starlette.applications import Starlette
from starlette.background import BackgroundTask, BackgroundTasks
from starlette.responses import JSONResponse
from starlette.routing import Route

from .audit import write_audit, write_metrics


async def signup(request):
    data = await request.json()
    task = BackgroundTask(write_audit, "signup", data)  # expect: SLS203:12
    return JSONResponse({"ok": True}, background=task)


async def checkout(request):
    tasks = BackgroundTasks()
    tasks.add_task(write_audit, "checkout")  # expect: SLS203:5
    tasks.add_task(write_metrics)  # expect: SLS203:5
    return JSONResponse({"ok": True}, background=tasks)


app = Starlette(
    routes=[
        Route("/signup", signup, methods=["PUT"]),
        Route("/checkout", checkout, methods=["PUT"]),
    ]
)
