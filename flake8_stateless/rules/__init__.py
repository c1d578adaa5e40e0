"""Rule families: each module is one group of codes; adding one is adding a row here.

Most families judge request-scope functions one at a time. Such a family is set up once per
module (``prepare(ctx)``, returning ``None`` when nothing can fire) and its per-function
check is then called function by function, every family on one function before the next:
the function's nodes are read while they are still in the CPU's caches, which keeps the
cost per line flat on large modules. The others look at the module as a whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

from ..context import Context, Finding
from ..model import Scope
from . import appstate, caching, objects, settings, singletons, state, statements

#: The findings of one family in one request-scope function.
FunctionCheck = Callable[[Scope], Iterable[Finding]]


def _opt_in_check(ctx: Context) -> Iterator[Finding]:
    """The opt-in family, imported on first use: most runs never select it."""
    from . import optin

    return optin.check(ctx)


class Family(NamedTuple):
    name: str
    #: set up once per module; its check then runs on each request-scope function
    prepare: Callable[[Context], FunctionCheck | None] | None = None
    #: findings of the module as a whole
    check: Callable[[Context], Iterable[Finding]] | None = None
    opt_in: bool = False  # SLS2xx: runs only when the user selects the codes explicitly


RULE_FAMILIES: Final = (
    Family("containers", prepare=state.prepare),  # SLS101, SLS103, SLS104, SLS105(a)
    Family("statements", prepare=statements.prepare),  # SLS102
    Family("caching", check=caching.check),  # SLS105(b)
    Family("objects", prepare=objects.prepare),  # SLS106, SLS107
    Family("app-state", prepare=appstate.prepare),  # SLS108
    Family("settings", check=settings.check),  # SLS109
    Family("singletons", prepare=singletons.prepare),  # SLS110
    Family("opt-in", check=_opt_in_check, opt_in=True),  # SLS201-SLS204
)
