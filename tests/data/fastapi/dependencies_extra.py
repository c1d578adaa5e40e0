"""Dependencies declared on the app, a router and a decorator; a bound-method route."""

from fastapi import APIRouter, Depends, FastAPI, Request

app_calls: list[str] = []
router_calls: list[str] = []
decorator_calls: list[str] = []
exports: list[str] = []


async def log_request(request: Request) -> None:
    app_calls.append(request.url.path)  # expect: SLS101:5


async def verify_partner(request: Request) -> None:
    router_calls.append(request.headers.get("x-partner", ""))  # expect: SLS101:5


async def audit(request: Request) -> None:
    decorator_calls.append(request.method)  # expect: SLS101:5


class Exporter:
    def __init__(self, fmt: str) -> None:
        self.fmt = fmt

    async def handle(self, name: str) -> dict:
        exports.append(f"{name}.{self.fmt}")  # expect: SLS101:9
        return {"file": exports[-1]}


app = FastAPI(dependencies=[Depends(log_request)])
router = APIRouter(prefix="/partners", dependencies=[Depends(verify_partner)])


@router.get("/")
async def partners() -> list[str]:
    return []


@app.post("/audited", dependencies=[Depends(audit)])
async def audited() -> dict:
    return {"ok": True}


exporter = Exporter("csv")
app.add_api_route("/export/{name}", exporter.handle, methods=["POST"])
app.include_router(router)
