"""Audit helpers: one writes a third module's container, one keeps nothing."""

import logging

from . import state
from .services import billing  # billing imports this module too: a cycle of calls below
from .state import telemetry

logger = logging.getLogger(__name__)


def record(user_id: str, event: str) -> None:
    state.telemetry += [{"user": user_id, "event": event}]


def record_query(user_id: str, rows: list[dict]) -> None:
    state.query_cache[user_id] = rows


def record_user_query(user, query: str, rows: list[dict]) -> None:
    state.query_cache[user.uuid] = rows  # keyed by the user's id: per-user state


def note(event: str) -> None:
    logger.info("event %s", event)


def count_events() -> int:
    return len(telemetry)


def ping_back(event: str) -> None:
    billing.describe(event)


def schema(name: str) -> dict:
    if name not in state.schema_cache:
        state.schema_cache[name] = {"name": name}
    return state.schema_cache[name]


def remember_profile(user_id: str, profile: dict) -> None:
    state.profile_cache[user_id] = profile
