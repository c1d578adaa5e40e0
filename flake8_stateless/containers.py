"""Which bindings are mutable containers: pure functions over ``ast`` and the import map."""

from __future__ import annotations

import ast
from typing import Final

from .imports import ImportMap
from .model import ModuleIndex, Scope

_LITERALS: Final = {
    ast.Dict: "dict",
    ast.List: "list",
    ast.Set: "set",
    ast.DictComp: "dict",
    ast.ListComp: "list",
    ast.SetComp: "set",
}
_BUILTINS: Final = {"dict": "dict", "list": "list", "set": "set", "bytearray": "bytearray"}
_CONSTRUCTORS: Final = {
    "collections.defaultdict": "defaultdict",
    "collections.OrderedDict": "OrderedDict",
    "collections.Counter": "Counter",
    "collections.deque": "deque",
    "collections.ChainMap": "ChainMap",
    "collections.UserDict": "dict",
    "collections.UserList": "list",
    "typing.DefaultDict": "defaultdict",
    "weakref.WeakValueDictionary": "WeakValueDictionary",
    "weakref.WeakKeyDictionary": "WeakKeyDictionary",
    "weakref.WeakSet": "WeakSet",
    "itertools.count": "itertools.count",
}
#: In-process caches: SLS105 whatever their name.
CACHE_CONSTRUCTORS: Final = {
    f"cachetools.{name}": name
    for name in (
        "Cache",
        "TTLCache",
        "LRUCache",
        "LFUCache",
        "TLRUCache",
        "RRCache",
        "FIFOCache",
        "MRUCache",
    )
}
COUNTER: Final = "itertools.count"


def container_kind(
    value: ast.expr | None, imports: ImportMap, builtins_shadowed: set[str]
) -> str | None:
    """``"dict"``, ``"deque"``, ``"TTLCache"`` ... where ``value`` builds a mutable container."""
    if value is None:
        return None
    literal = _LITERALS.get(type(value))
    if literal is not None:
        return literal
    if not isinstance(value, ast.Call):
        return None
    func = value.func
    if isinstance(func, ast.Name) and func.id in _BUILTINS and func.id not in builtins_shadowed:
        return _BUILTINS[func.id]
    if (
        isinstance(func, ast.Attribute)
        and func.attr == "fromkeys"
        and isinstance(func.value, ast.Name)
        and func.value.id == "dict"
    ):
        return "dict"
    qualified = imports.resolve(func) if isinstance(func, (ast.Name, ast.Attribute)) else None
    if qualified is None:
        return None
    return _CONSTRUCTORS.get(qualified) or CACHE_CONSTRUCTORS.get(qualified)


def scope_containers(index: ModuleIndex, scope: Scope) -> dict[str, str]:
    """Names that ``scope`` binds only ever to mutable containers, with their kind."""
    shadowed = index.module.local_names & _BUILTINS.keys()
    found: dict[str, str] = {}
    for name, values in scope.values.items():
        if not values or name in scope.declared_global or name in scope.declared_nonlocal:
            continue
        kinds = {container_kind(v, index.imports, shadowed) for v in values}
        if len(kinds) == 1 and None not in kinds:
            found[name] = kinds.pop()  # type: ignore[assignment]
    return found
