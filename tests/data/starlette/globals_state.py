"""`global` in endpoints versus setup code."""

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

current_banner = "welcome"
maintenance = False
request_count = 0
feature_flags = {"beta": False}


def configure_from_env(env: dict) -> None:
    # Called once at import: not request scope.
    global maintenance, current_banner
    maintenance = env.get("MAINTENANCE") == "1"
    current_banner = env.get("BANNER", current_banner)


async def set_banner(request):
    global current_banner  # expect: SLS102:5
    current_banner = (await request.json())["banner"]
    return JSONResponse({"banner": current_banner})


async def count(request):
    global request_count  # expect: SLS102:5
    request_count = request_count + 1
    return JSONResponse({"count": request_count})


async def status(request):
    global maintenance
    return JSONResponse({"maintenance": maintenance, "flags": feature_flags})


async def toggle(request):
    global feature_flags
    feature_flags["beta"] = not feature_flags["beta"]  # expect: SLS101:5
    return JSONResponse(feature_flags)


configure_from_env({"BANNER": "hello"})
app = Starlette(
    routes=[
        Route("/banner", set_banner, methods=["PUT"]),
        Route("/count", count),
        Route("/status", status),
        Route("/beta", toggle, methods=["POST"]),
    ]
)
