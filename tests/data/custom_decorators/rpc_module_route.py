# options: handler_decorators=myapp.route
"""An in-house framework: `@myapp.route` marks request handlers (declared in the options)."""

import myapp

counters: dict[str, int] = {}
seen_clients = set()
ROUTES_DOC = "see /docs"


@myapp.route("/count/{name}")
def count(name: str, client: str) -> int:
    counters[name] = counters.get(name, 0) + 1  # expect: SLS101:5
    seen_clients.add(client)  # expect: SLS101:5
    return counters[name]


@myapp.route("/doc")
def doc() -> str:
    return ROUTES_DOC


def reset_all() -> None:
    # Not decorated, not called from a handler.
    counters.clear()
