"""The same in-house decorator without the option: nothing marks request scope. No findings."""

import myapp

counters: dict[str, int] = {}


@myapp.route("/count/{name}")
def count(name: str) -> int:
    counters[name] = counters.get(name, 0) + 1
    return counters[name]
