# options: handler_decorators=acme.web.endpoint
"""Decorator imported by name, used with and without parentheses."""

from acme.web import endpoint

votes: dict[str, int] = {}
audit: list[str] = []


@endpoint
def vote(choice: str) -> int:
    votes[choice] = votes.get(choice, 0) + 1  # expect: SLS101:5
    return votes[choice]


@endpoint(path="/audit", methods=["POST"])
def record(event: str) -> None:
    _append(event)


def _append(event: str) -> None:
    audit.append(event)  # expect: SLS101:5


def tally() -> dict[str, int]:
    return dict(votes)
