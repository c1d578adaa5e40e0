"""Rule families: each module has ``check(ctx) -> Iterator[Finding]``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final

from ..context import Context, Finding
from . import caching, state, statements

RULE_FAMILIES: Final[tuple[Callable[[Context], Iterator[Finding]], ...]] = (
    state.check,
    statements.check,
    caching.check,
)
