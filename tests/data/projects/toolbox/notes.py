"""Tools registered by server.py: no framework import here, the registration decides."""

from collections import defaultdict

NOTES: dict[str, list[str]] = defaultdict(list)
LABELS = {"todo": "To do"}


def add_note(user: str, text: str) -> str:
    NOTES[user].append(_clean(text))  # expect: SLS101:5
    _remember(user)
    return "ok"


def list_notes(user: str) -> list[str]:
    return NOTES[user]


def _clean(text: str) -> str:
    return text.strip()


recent: list[str] = []


def _remember(user: str) -> None:
    recent.append(user)  # expect: SLS101:5


def import_notes(rows: list[tuple[str, str]]) -> None:
    # Not registered anywhere: a script's helper, never request scope.
    for user, text in rows:
        NOTES[user].append(text)
