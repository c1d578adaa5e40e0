"""Every FastAPI registration shape, through import aliases."""

from typing import Annotated

import fastapi as f
from fastapi import APIRouter as R
from fastapi import BackgroundTasks, Header, Request, Security, WebSocket
from fastapi.security import APIKeyHeader

app = f.FastAPI()
router = R(prefix="/v1")
admin = f.APIRouter(prefix="/admin")
api_key_header = APIKeyHeader(name="X-API-Key")

received: list[dict] = []
uploads = {}
clicks = []
options_seen = set()
ws_frames = []
raw_hits = []
written = []
tenants_seen = set()
callers = []
audit_trail = []


def resolve_tenant(x_tenant: str = Header()) -> str:
    tenants_seen.add(x_tenant)  # expect: SLS101:5
    return x_tenant


def current_caller(tenant: str = f.Depends(resolve_tenant)) -> str:
    # A dependency of a dependency is request scope too.
    callers.append(tenant)  # expect: SLS101:5
    return tenant


def check_key(key: str = Security(api_key_header)) -> str:
    audit_trail.append("api-key-checked")  # expect: SLS101:5
    return key


def write_event(payload: dict) -> None:
    written.append(payload)  # expect: SLS101:5


@router.post("/events")
async def ingest(
    payload: dict,
    tasks: BackgroundTasks,
    caller: Annotated[str, f.Depends(current_caller)],
    key: str = Security(check_key),
) -> dict:
    received.append(payload)  # expect: SLS101:5
    tasks.add_task(write_event, payload)
    return {"caller": caller}


@app.api_route("/upload/{name}", methods=["POST", "PUT"])
async def upload(name: str, request: Request) -> dict:
    uploads[name] = await request.body()  # expect: SLS101:5
    return {"size": len(uploads[name])}


@admin.options("/ping")
def ping_options() -> None:
    options_seen.add("ping")  # expect: SLS101:5


@admin.websocket("/ws")
async def ws(websocket: WebSocket) -> None:
    await websocket.accept()
    async for text in websocket.iter_text():
        ws_frames.append(text)  # expect: SLS101:9


def track_click(target: str) -> dict:
    clicks.append(target)  # expect: SLS101:5
    return {"ok": True}


async def raw(request):
    raw_hits.append(request.url.path)  # expect: SLS101:5


app.add_api_route("/click/{target}", track_click, methods=["POST"])
app.add_route("/raw", raw)
app.include_router(router)
app.include_router(admin)
