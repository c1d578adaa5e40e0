"""Which bindings are mutable containers: pure functions over ``ast`` and the import map."""

from __future__ import annotations

import ast
from typing import Final, NamedTuple

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
#: Builtin container constructors (a module that rebinds one of these names shadows it).
BUILTIN_CONTAINERS: Final = frozenset(_BUILTINS)
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
#: Methods that change the container they are called on.
MUTATING_METHODS: Final = frozenset(
    {
        "append",
        "extend",
        "insert",
        "pop",
        "remove",
        "clear",
        "update",
        "setdefault",
        "add",
        "discard",
        "popitem",
        "sort",
        "reverse",
        "appendleft",
        "extendleft",
        "popleft",
        "rotate",
        "difference_update",
        "intersection_update",
        "symmetric_difference_update",
        "move_to_end",
        "subtract",
        "__setitem__",
        "__delitem__",
        "__iadd__",
    }
)


class ContainerKind(NamedTuple):
    """What a binding holds: the container type, and whether its literal items are objects.

    A dict of clients or repositories (``{"s3": boto3.client("s3")}``) is a registry:
    calling ``.update()`` or ``.add()`` on one of its items says nothing about the dict.
    """

    name: str
    holds_objects: bool = False


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


def scope_containers(index: ModuleIndex, scope: Scope) -> dict[str, ContainerKind]:
    """Names that ``scope`` binds only ever to mutable containers, with their kind."""
    shadowed = index.module.local_names & _BUILTINS.keys()
    found: dict[str, ContainerKind] = {}
    for name, values in scope.values.items():
        if not values or name in scope.declared_global or name in scope.declared_nonlocal:
            continue
        kinds = {container_kind(v, index.imports, shadowed) for v in values}
        if len(kinds) == 1 and None not in kinds:
            kind: str = kinds.pop()  # type: ignore[assignment]
            found[name] = ContainerKind(kind, all(_holds_objects(v, shadowed) for v in values))
    return found


def _holds_objects(value: ast.expr | None, shadowed: set[str]) -> bool:
    items: list[ast.expr | None]
    if isinstance(value, ast.Dict):
        items = list(value.values)
    elif isinstance(value, (ast.List, ast.Set)):
        items = list(value.elts)
    else:
        return False
    return bool(items) and all(
        isinstance(item, ast.Call)
        and _LITERALS.get(type(item)) is None
        and not (isinstance(item.func, ast.Name) and item.func.id in _BUILTINS)
        for item in items
    )
