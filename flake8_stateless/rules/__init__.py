"""Rule families: each module is one group of codes; adding one is adding a row here.

Most families judge request-scope functions one at a time. Such a family is set up once per
module that has any (``prepare(ctx)``) and its per-function check is then called function
by function, every family on one function before the next (why: docs/performance.md). The
others look at the module as a whole. Each family declares the codes it reports.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

from ..context import Context, Finding
from ..frameworks import TRANSPORT_PACKAGES
from ..model import Scope
from ..prescan import Prescan
from . import appstate, caching, objects, settings, singletons, state, statements

#: The findings of one family in one request-scope function.
FunctionCheck = Callable[[Scope], Iterable[Finding]]


def _opt_in_check(ctx: Context) -> Iterator[Finding]:
    """The opt-in family, imported on first use: most runs never select it."""
    from . import optin

    return optin.check(ctx)


class Gate(NamedTuple):
    """What the module's statements tell before it is indexed (see ``Family.may_fire``)."""

    tree: ast.Module
    pre: Prescan
    #: whether any request-scope entry point is possible (``scope.could_have_request_scope``)
    request_scope: bool


def _request_scope(gate: Gate) -> bool:
    return gate.request_scope


def _caching(gate: Gate) -> bool:
    return gate.request_scope or caching.may_apply(gate.pre.functions, gate.pre.imports)


def _settings(gate: Gate) -> bool:
    # ``relevant`` covers modules without handlers; a module with handlers may also
    # configure the app it is given (``def init_app(app): app.config[...] = ...``).
    return gate.request_scope or settings.relevant(gate.tree, gate.pre)


def _opt_in(gate: Gate) -> bool:
    """SLS201-SLS203 judge handlers; SLS204 how MCP servers are run (module-level code)."""
    return gate.request_scope or not TRANSPORT_PACKAGES.isdisjoint(gate.pre.imports.packages)


class Family(NamedTuple):
    name: str
    #: the codes it reports: a family none of whose codes the user selected does not run
    codes: frozenset[str]
    #: whether the family can fire in a module, from its statements: a superset of its
    #: findings (tests/test_gate.py), so that skipping the family loses nothing
    may_fire: Callable[[Gate], bool]
    #: set up once per module with request scope; its check then runs on each
    #: request-scope function
    prepare: Callable[[Context], FunctionCheck] | None = None
    #: findings of the module as a whole
    check: Callable[[Context], Iterable[Finding]] | None = None
    opt_in: bool = False  # SLS2xx: runs only when the user selects the codes explicitly


def _codes(*codes: str) -> frozenset[str]:
    return frozenset(codes)


RULE_FAMILIES: Final = (
    Family(
        "containers",
        _codes("SLS101", "SLS103", "SLS104", "SLS105"),
        _request_scope,
        prepare=state.prepare,
    ),
    Family("statements", _codes("SLS102"), _request_scope, prepare=statements.prepare),
    Family("caching", _codes("SLS105"), _caching, check=caching.check),  # SLS105(b)
    Family("objects", _codes("SLS106", "SLS107"), _request_scope, prepare=objects.prepare),
    Family("app-state", _codes("SLS108"), _request_scope, prepare=appstate.prepare),
    Family("settings", _codes("SLS109"), _settings, check=settings.check),
    Family("singletons", _codes("SLS110"), _request_scope, prepare=singletons.prepare),
    Family(
        "opt-in",
        _codes("SLS201", "SLS202", "SLS203", "SLS204"),
        _opt_in,
        check=_opt_in_check,
        opt_in=True,
    ),
)
