"""Database access: every handler's state lives here."""

import os

from sqlalchemy import create_engine, text

engine = create_engine(os.environ.get("DATABASE_URL", "sqlite://"))


def fetch_one(query: str, **params: object) -> dict | None:
    with engine.connect() as conn:
        row = conn.execute(text(query), params).mappings().first()
    return dict(row) if row else None


def fetch_all(query: str, **params: object) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(text(query), params).mappings().all()
    return [dict(row) for row in rows]


def execute(query: str, **params: object) -> int:
    with engine.begin() as conn:
        return conn.execute(text(query), params).rowcount
