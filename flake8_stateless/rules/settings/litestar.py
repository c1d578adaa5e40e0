"""SLS109 for Litestar: stores given to the app or a ``StoreRegistry``, and
``ServerSideSessionConfig`` with no store registered under its name."""

from __future__ import annotations

import ast
from typing import Final

from ...frameworks import every, merged
from ...model import Scope
from ...syntax import constant_str, keyword_value
from .checker import Candidate, Checker
from .values import literal_mapping

#: Stores that keep data in one process or on one host, the calls that take ``stores=``
#: (the app and its config), registries, and session configs -> their default store name.
LITESTAR_LOCAL_STORES: Final = merged(lambda fw: fw.backends.local_stores)
LITESTAR_APPS: Final = every(lambda fw: fw.backends.store_owners)
LITESTAR_REGISTRY: Final = every(lambda fw: fw.backends.store_registries)
LITESTAR_SESSION_CONFIGS: Final = merged(lambda fw: fw.backends.session_stores)


def local_stores(checker: Checker) -> list[Candidate]:
    found: list[Candidate] = []
    if not checker.litestar_calls:
        return found
    configured: set[str] = set()
    every_name = False  # stores given dynamically, or a default factory for all names
    built_here = False
    for call, scope, role in checker.litestar_calls:
        if role == "app":
            built_here = True
            stores = keyword_value(call, "stores")
            if stores is None:
                continue
            value, owner = checker.follow(stores, scope)
            if (
                isinstance(value, ast.Call)
                and checker.index.imports.resolve(value.func) in LITESTAR_REGISTRY
            ):
                continue  # the registry call is judged on its own
            every_name |= _stores(checker, value, owner, configured, found)
        elif role == "registry":
            stores = keyword_value(call, "stores") or (call.args[0] if call.args else None)
            if stores is not None:
                value, owner = checker.follow(stores, scope)
                every_name |= _stores(checker, value, owner, configured, found)
            factory = keyword_value(call, "default_factory")
            if factory is not None:
                every_name = True
                if isinstance(factory, ast.Lambda):
                    _local_store(checker, factory.body, scope, "the default store", found)
    for call, scope in checker.store_registrations:
        store_name = constant_str(call.args[0])
        if store_name is None:
            every_name = True
            continue
        configured.add(store_name)
        _local_store(checker, call.args[1], scope, f"store {store_name!r}", found)
    if not built_here or every_name:
        return found  # the app and its stores are set up elsewhere
    for call, scope, role in checker.litestar_calls:
        if role in ("app", "registry"):
            continue
        store = keyword_value(call, "store")
        store_name = role if store is None else constant_str(store)
        if store_name is None or store_name in configured:
            continue
        what = (
            f"ServerSideSessionConfig with no store registered as {store_name!r}"
            " (Litestar's default store is a MemoryStore)"
        )
        name = checker.bound_name(call) or "ServerSideSessionConfig"
        found.append(Candidate(call, name, what, "sessions", scope))
    return found


def _stores(
    checker: Checker, stores: ast.expr, scope: Scope, configured: set[str], found: list[Candidate]
) -> bool:
    """Judge a ``stores`` mapping; whether its names cannot all be known."""
    mapping = literal_mapping(stores, scope, checker.index)
    if mapping is None:
        return True
    for store_name, value in mapping[0]:
        configured.add(store_name)
        _local_store(checker, value, scope, f"store {store_name!r}", found)
    return not mapping[1]


def _local_store(
    checker: Checker, expr: ast.expr, scope: Scope, role: str, found: list[Candidate]
) -> None:
    made = checker.made_by(expr, scope)
    if made is None or made[1] not in LITESTAR_LOCAL_STORES:
        return
    if any(candidate.node is made[0] for candidate in found):
        return
    label = LITESTAR_LOCAL_STORES[made[1]]
    name = checker.bound_name(made[0]) or label
    what = f"Litestar {label}() given as {role}"
    found.append(Candidate(made[0], name, what, "the store's data", scope))
