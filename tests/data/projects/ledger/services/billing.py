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


def quote(amount: int, currency: str) -> dict:
    note("quote")
    if currency not in SUPPORTED_CURRENCIES:
        raise ValueError(currency)
    return {"amount": amount, "currency": currency}


def describe(event: str) -> str:
    audit.ping_back(event)  # the cycle back: followed once, never forever
    return event
