"""App factory: handlers nested inside `create_app`, state bound in the factory."""

from fastapi import APIRouter, FastAPI, Request


def create_app(settings: dict | None = None) -> FastAPI:
    app = FastAPI()
    router = APIRouter()
    config = {"greeting": "hello", **(settings or {})}
    visits: dict[str, int] = {}
    seen_ips = set()
    total = 0

    # Setup-phase writes inside the factory are fine.
    config["debug"] = False
    registry = {}

    @app.get("/")
    async def index(request: Request) -> dict:
        nonlocal total  # expect: SLS102:9
        total += 1
        ip = request.client.host
        visits[ip] = visits.get(ip, 0) + 1  # expect: SLS101:9
        seen_ips.add(ip)  # expect: SLS101:9
        return {"greeting": config["greeting"], "total": total}

    @router.get("/config")
    async def read_config() -> dict:
        # Reads of factory state are fine.
        return {"debug": config["debug"], "routes": sorted(registry)}

    registry["index"] = index
    registry["config"] = read_config
    app.state.registry = registry
    app.include_router(router)
    return app


def create_test_client_app() -> FastAPI:
    # Not a handler: a plain nested function that is never registered.
    app = FastAPI()
    calls = []

    def record(name: str) -> None:
        calls.append(name)

    record("boot")
    app.state.calls = calls
    return app
