from fastapi import Depends, FastAPI

from . import state
from .audit import count_events
from .auth import current_user
from .services import billing
from .services.billing import charge, search_invoices

app = FastAPI()


@app.post("/charges")
async def create_charge(user_id: str, amount: int) -> dict:
    return charge(user_id, amount)  # expect: SLS110:12


@app.get("/invoices")
async def invoices(user_id: str, q: str) -> list[dict]:
    return search_invoices(user_id, q)  # expect: SLS110:12


@app.get("/quote")
async def quote(amount: int, currency: str) -> dict:
    billing.describe("quote")
    return billing.quote(amount, currency)


@app.get("/events/count")
async def events() -> int:
    return count_events()


@app.post("/audit")
async def audit_event(user_id: str, event: str) -> None:
    state.telemetry += [{"user": user_id, "event": event}]  # expect: SLS101:5


@app.get("/invoices/schema/{kind}")
async def invoice_schema(kind: str) -> dict:
    return billing.invoice_schema(kind)


@app.get("/profile")
async def profile(user_id: str) -> dict:
    return billing.profile(user_id)  # expect: SLS110:12


@app.get("/search")
async def search(q: str, user=Depends(current_user)) -> list[dict]:
    return billing.search_for(user, q)  # expect: SLS110:12
