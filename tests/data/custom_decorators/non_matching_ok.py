# options: handler_decorators=myapp.route
"""Decorators that do not match the configured pattern. No findings."""

import myapp
import otherlib

hits: dict[str, int] = {}


@otherlib.route("/a")
def a() -> None:
    hits["a"] = hits.get("a", 0) + 1


@myapp.router("/b")
def b() -> None:
    hits["b"] = hits.get("b", 0) + 1


@myapp.route_group("/c")
def c() -> None:
    hits["c"] = hits.get("c", 0) + 1
