"""Rule families: each module has ``check(ctx) -> Iterator[Finding]``.

A family is one module per group of codes; adding one is adding a row here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from ..context import Context, Finding
from . import appstate, caching, objects, settings, singletons, state, statements


def _opt_in_check(ctx: Context) -> Iterator[Finding]:
    """The opt-in family, imported on first use: most runs never select it."""
    from . import optin

    return optin.check(ctx)


class Family(NamedTuple):
    name: str
    check: Callable[[Context], Iterator[Finding]]
    opt_in: bool = False  # SLS2xx: runs only when the user selects the codes explicitly


RULE_FAMILIES: Final = (
    Family("containers", state.check),  # SLS101, SLS103, SLS104, SLS105(a)
    Family("statements", statements.check),  # SLS102
    Family("caching", caching.check),  # SLS105(b)
    Family("objects", objects.check),  # SLS106, SLS107
    Family("app-state", appstate.check),  # SLS108
    Family("settings", settings.check),  # SLS109
    Family("singletons", singletons.check),  # SLS110
    Family("opt-in", _opt_in_check, opt_in=True),  # SLS201-SLS204
)
