"""Vote tallies kept in module memory (used by views.py). No findings here."""

poll_votes: dict[int, dict[str, int]] = {}
voters: set[str] = set()
BANNED = frozenset({"127.0.0.2"})
