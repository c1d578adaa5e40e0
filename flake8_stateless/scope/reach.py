"""Why a function is request scope."""

from __future__ import annotations

from typing import NamedTuple


class Reach(NamedTuple):
    """Why a function is request scope: the handler it serves, and the helper path."""

    handler: str
    via: str | None = None  # the function that called or handed it on

    def describe(self, name: str) -> str:
        if self.via is None:
            return f"handler '{name}'"
        return f"'{name}' (reached from handler '{self.handler}')"
