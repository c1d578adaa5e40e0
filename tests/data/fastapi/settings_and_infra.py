"""A typical service module: settings, engine, loggers, metrics, context vars. No findings."""

import contextvars
import logging
import re
import uuid
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from prometheus_client import Counter, Histogram
from pydantic_settings import BaseSettings
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from orders.models import Order

logger = logging.getLogger(__name__)

ALLOWED_ORIGINS = ["https://example.com", "https://admin.example.com"]
DEFAULT_HEADERS = {"X-Service": "orders"}
SKU_RE = re.compile(r"^[A-Z]{3}-\d{4}$")
REQUESTS = Counter("http_requests_total", "Requests", ["path"])
LATENCY = Histogram("http_request_seconds", "Latency")
request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class Settings(BaseSettings):
    database_url: str = "sqlite:///./app.db"
    page_size: int = 20


@lru_cache
def get_settings() -> Settings:
    return Settings()


engine = create_engine(get_settings().database_url, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False)


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()


SettingsDep = Annotated[Settings, Depends(get_settings)]
app = FastAPI()


@app.middleware("http")
async def add_request_id(request: Request, call_next):
    rid = request.headers.get("x-request-id") or uuid.uuid4().hex
    request_id_var.set(rid)
    request.state.request_id = rid
    REQUESTS.labels(path=request.url.path).inc()
    with LATENCY.time():
        response = await call_next(request)
    response.headers["X-Request-ID"] = rid
    return response


@app.get("/orders")
def list_orders(settings: SettingsDep, db: Session = Depends(get_db), page: int = 0):
    logger.info("listing orders page=%s rid=%s", page, request_id_var.get())
    rows = db.execute(select(Order).limit(settings.page_size).offset(page)).scalars().all()
    return [row.to_dict() for row in rows]


@app.post("/orders")
def create_order(payload: dict, db: Session = Depends(get_db)):
    if not SKU_RE.match(payload.get("sku", "")):
        return {"error": "bad sku"}
    # A request-local copy of a module constant may be changed freely.
    headers = dict(DEFAULT_HEADERS)
    headers["X-Order"] = payload["sku"]
    origins = list(ALLOWED_ORIGINS)
    origins.append("https://partner.example.com")
    order = Order(**payload)
    db.add(order)
    db.commit()
    return {"id": order.id, "headers": headers, "origins": origins}

