"""Which methods of a class keep state on ``self``: pure functions over the module index.

A method keeps state when it mutates a container on ``self`` (``self.items.append(x)``,
``self.items[k] = v``), rebinds a ``self`` attribute outside ``__init__``
(``self.count += 1``, ``self.current = user``), or calls a method of the same class
that does. Lazily creating a client once (``if self._client is None: self._client = ...``, see
:mod:`.lazy`) is the same for every request and does not count.
"""

from __future__ import annotations

import ast
import weakref
from collections.abc import Iterator
from typing import Final

from .containers import MUTATING_METHODS, container_kind, scope_containers
from .frameworks import HandlerClass, Lifetime
from .lazy import lazy_assignments
from .model import FunctionNode, ModuleIndex, Scope
from .syntax import written_targets

#: Methods that run once per instance, before it serves anything.
SETUP_METHODS: Final = frozenset(
    {"__init__", "__post_init__", "__new__", "__init_subclass__", "__set_name__", "__enter__",
     "__aenter__", "setup", "startup", "on_startup", "initialize", "init_app"}
)  # fmt: skip


def class_chain(index: ModuleIndex, cls: ast.ClassDef) -> Iterator[ast.ClassDef]:
    """``cls`` and its bases defined in the same module, subclass first."""
    seen: set[ast.ClassDef] = set()
    todo = [cls]
    while todo:
        klass = todo.pop(0)
        if klass in seen:
            continue
        seen.add(klass)
        yield klass
        owner = index.defined_in.get(klass)
        if owner is None:
            continue
        for base in klass.bases:
            if isinstance(base, ast.Name):
                local = index.class_named(owner, base.id)
                if local is not None:
                    todo.append(local)


def instance_lifetime(index: ModuleIndex, cls: ast.ClassDef, row: HandlerClass) -> Lifetime:
    """How long one instance of handler class ``cls`` lives: its framework row's lifetime,
    unless the class sets the flag that makes one instance serve every request (Flask
    ``init_every_request = False``)."""
    if row.shared_when is not None:
        attribute, value = row.shared_when
        if class_flag(index, cls, attribute) is value:
            return Lifetime.PROCESS
    return row.lifetime


def class_flag(index: ModuleIndex, cls: ast.ClassDef, attribute: str) -> object:
    """The constant the nearest class of the chain binds ``attribute`` to (``None`` if unset)."""
    for klass in class_chain(index, cls):
        values = index.scopes[klass].values.get(attribute)
        if values:
            value = values[-1]
            return value.value if isinstance(value, ast.Constant) else None
    return None


def methods(index: ModuleIndex, cls: ast.ClassDef) -> dict[str, FunctionNode]:
    """Every method ``cls`` has from its own body and its same-module bases."""
    found: dict[str, FunctionNode] = {}
    for klass in class_chain(index, cls):
        for stmt in klass.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.setdefault(stmt.name, stmt)
    return found


_CACHE: weakref.WeakKeyDictionary[ModuleIndex, dict[ast.ClassDef, dict[str, str]]] = (
    weakref.WeakKeyDictionary()
)


def stateful_methods(index: ModuleIndex, cls: ast.ClassDef) -> dict[str, str]:
    """Method name -> what it mutates on ``self`` (``"self._items"``), for methods that
    keep state, directly or through other methods of the class."""
    per_module = _CACHE.setdefault(index, {})
    cached = per_module.get(cls)
    if cached is not None:
        return cached
    table = methods(index, cls)
    containers = _container_attributes(index, cls, table)
    direct: dict[str, str] = {}
    calls: dict[str, set[str]] = {}
    for name, method in table.items():
        if name in SETUP_METHODS or not _takes_self(method):
            continue
        scope = index.scopes[method]
        self_name = (method.args.posonlyargs + method.args.args)[0].arg
        mutated = _self_mutation(scope, self_name, lazy_assignments(scope), containers)
        if mutated is not None:
            direct[name] = mutated
        calls[name] = {
            call.func.attr
            for call in scope.of(ast.Call)
            if isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == self_name
            and call.func.attr in table
        }
    result = dict(direct)
    changed = True
    while changed:  # a method that calls a stateful method of the class is stateful too
        changed = False
        for name, callees in calls.items():
            if name in result:
                continue
            for callee in sorted(callees):
                if callee in result:
                    result[name] = result[callee]
                    changed = True
                    break
    per_module[cls] = result
    return result


def _takes_self(method: FunctionNode) -> bool:
    for decorator in method.decorator_list:
        if isinstance(decorator, ast.Name) and decorator.id in ("staticmethod", "classmethod"):
            return False
    return bool(method.args.posonlyargs or method.args.args)


def _self_attribute(node: ast.expr, self_name: str) -> tuple[str, int] | None:
    """``self.x...`` -> ("x", steps below the attribute); else None."""
    steps = 0
    while True:
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == self_name:
                return node.attr, steps
            return None
        if isinstance(node, (ast.Subscript, ast.Attribute)):
            node = node.value
            steps += 1
        else:
            return None


def _container_attributes(
    index: ModuleIndex, cls: ast.ClassDef, table: dict[str, FunctionNode]
) -> set[str]:
    """Attributes bound to a mutable container, on ``self`` or in the class body."""
    shadowed = index.module.local_names & {"dict", "list", "set"}
    found = {
        name
        for klass in class_chain(index, cls)
        for name, kind in scope_containers(index, index.scopes[klass]).items()
    }
    for method in table.values():
        params = method.args.posonlyargs + method.args.args
        if not params:
            continue
        self_name = params[0].arg
        scope = index.scopes[method]
        assignments: list[ast.Assign | ast.AnnAssign] = [
            *scope.of(ast.Assign),
            *scope.of(ast.AnnAssign),
        ]
        for node in assignments:
            if container_kind(node.value, index.imports, shadowed) is None:
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == self_name
                ):
                    found.add(target.attr)
    return found


def _self_mutation(
    scope: Scope, self_name: str, lazy: set[int], containers: set[str]
) -> str | None:
    """What the method changes on ``self``: a rebound attribute, or a container's content.

    A method called on an attribute of unknown type (``self.db.add(user)``) is not a
    mutation of ``self``: the attribute may be a client of external storage.
    """
    statements: list[ast.stmt] = [
        *scope.of(ast.Assign), *scope.of(ast.AugAssign), *scope.of(ast.AnnAssign),
        *scope.of(ast.Delete),
    ]  # fmt: skip
    for node in statements:
        if id(node) in lazy:
            continue
        for target in written_targets(node):
            found = _self_attribute(target, self_name)
            if found is None:
                continue
            attribute, steps = found
            rebinding = steps == 0 and not isinstance(node, ast.Delete)
            if rebinding or attribute in containers:
                return f"self.{attribute}"
    for call in scope.of(ast.Call):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATING_METHODS:
            found = _self_attribute(func.value, self_name)
            if found is not None and found[0] in containers:
                return f"self.{found[0]}"
    return None
