"""Billing services: the handlers call these; the writes are two and three calls away."""

from .. import audit
from ..audit import note, record_query
from ..state import SUPPORTED_CURRENCIES


def charge(user_id: str, amount: int) -> dict:
    _bookkeeping(user_id, "charge")
    return {"user": user_id, "amount": amount}


def _bookkeeping(user_id: str, event: str) -> None:
    audit.record(user_id, event)


def search_invoices(user_id: str, query: str) -> list[dict]:
    rows = [{"query": query}]
    record_query(user_id, rows)
    return rows


def search_for(user, query: str) -> list[dict]:
    rows = [{"query": query}]
    audit.record_user_query(user, query, rows)
    return rows


def quote(amount: int, currency: str) -> dict:
    note("quote")
    if currency not in SUPPORTED_CURRENCIES:
        raise ValueError(currency)
    return {"amount": amount, "currency": currency}


def describe(event: str) -> str:
    audit.ping_back(event)  # the cycle back: followed once, never forever
    return event


def invoice_schema(kind: str) -> dict:
    return audit.schema(kind)  # a memo of a schema per kind: the same on every instance


def profile(user_id: str) -> dict:
    found = {"user": user_id}
    audit.remember_profile(user_id, found)
    return found
