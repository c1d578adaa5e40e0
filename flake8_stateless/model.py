"""One pass over a module's tree: scopes, bindings and nodes grouped by scope and type.

The tree flake8 hands over is shared by every plugin, so nothing is written onto
it: what the rules need (which scope a node belongs to, what a name is bound to)
is kept in this index. The traversal is iterative, so deep nesting cannot
exhaust the recursion limit.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from .imports import ImportMap

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
N = TypeVar("N", bound=ast.AST)


@dataclass(eq=False)
class Scope:
    """A module, class or function body, with what is bound and found directly in it."""

    node: ast.Module | ast.ClassDef | FunctionNode
    parent: Scope | None
    #: every name bound in this scope, however (assignment, import, def, for, ...)
    local_names: set[str] = field(default_factory=set)
    #: name -> the values assigned to it (``None`` where bound otherwise)
    values: dict[str, list[ast.expr | None]] = field(default_factory=lambda: defaultdict(list))
    #: name -> annotation (parameters and annotated assignments)
    annotations: dict[str, ast.expr] = field(default_factory=dict)
    declared_global: set[str] = field(default_factory=set)
    declared_nonlocal: set[str] = field(default_factory=set)
    functions: dict[str, FunctionNode] = field(default_factory=dict)
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    nodes: dict[type[ast.AST], list[ast.AST]] = field(default_factory=lambda: defaultdict(list))

    @property
    def is_function(self) -> bool:
        return isinstance(self.node, (ast.FunctionDef, ast.AsyncFunctionDef))

    @property
    def is_class(self) -> bool:
        return isinstance(self.node, ast.ClassDef)

    def of(self, kind: type[N]) -> Sequence[N]:
        return self.nodes.get(kind, ())  # type: ignore[return-value]

    def bind(self, name: str, value: ast.expr | None) -> None:
        self.local_names.add(name)
        self.values[name].append(value)


@dataclass(eq=False)
class ModuleIndex:
    filename: str
    module: Scope
    imports: ImportMap
    #: function and class nodes -> their own scope
    scopes: dict[ast.AST, Scope]
    #: class or function node -> the scope it is defined in
    defined_in: dict[ast.AST, Scope]

    def functions(self) -> Iterator[Scope]:
        return (s for s in self.scopes.values() if s.is_function)

    def classes(self) -> Iterator[Scope]:
        return (s for s in self.scopes.values() if s.is_class)

    def lookup(self, scope: Scope, name: str) -> Scope | None:
        """The scope that binds ``name`` as seen from ``scope`` (Python's LEGB, minus builtins)."""
        current: Scope | None = scope
        first = True
        while current is not None:
            if current.is_class and not first:
                current = current.parent
                continue
            if name in current.declared_global:
                return self.module
            if name in current.declared_nonlocal:
                current, first = current.parent, False
                continue
            if name in current.local_names:
                return current
            current, first = current.parent, False
        return None

    def function_named(self, scope: Scope, name: str) -> FunctionNode | None:
        """The function ``name`` refers to from ``scope``, if it is a def of this module."""
        owner = self.lookup(scope, name)
        if owner is None:
            return None
        function = owner.functions.get(name)
        if function is None or any(v is not None for v in owner.values[name]):
            return None  # rebound to something else too: not knowable statically
        return function

    def class_named(self, scope: Scope, name: str) -> ast.ClassDef | None:
        owner = self.lookup(scope, name)
        return None if owner is None else owner.classes.get(name)


def _bind_target(scope: Scope, target: ast.expr, value: ast.expr | None) -> None:
    if isinstance(target, ast.Name):
        scope.bind(target.id, value)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            _bind_target(scope, element, None)
    elif isinstance(target, ast.Starred):
        _bind_target(scope, target.value, None)


def _function_scope(scope: Scope) -> Scope:
    """Where a walrus binds: the nearest enclosing function or the module."""
    current = scope
    while current.is_class and current.parent is not None:
        current = current.parent
    return current


def build_index(tree: ast.Module, filename: str) -> ModuleIndex:
    module = Scope(tree, None)
    index = ModuleIndex(filename, module, ImportMap(), {}, {})
    stack: list[tuple[ast.AST, Scope]] = [(tree, module)]
    while stack:
        node, scope = stack.pop()
        scope.nodes[type(node)].append(node)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            scope.bind(node.name, None)
            scope.values[node.name].pop()
            scope.functions[node.name] = node
            inner = Scope(node, scope)
            index.scopes[node] = inner
            index.defined_in[node] = scope
            args = node.args
            for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg):
                if arg is not None:
                    inner.bind(arg.arg, None)
                    if arg.annotation is not None:
                        inner.annotations[arg.arg] = arg.annotation
                        stack.append((arg.annotation, scope))
            outer: list[ast.AST] = [*node.decorator_list, *args.defaults]
            outer += [d for d in args.kw_defaults if d is not None]
            if node.returns is not None:
                outer.append(node.returns)
            stack.extend((child, scope) for child in outer)
            stack.extend((child, inner) for child in reversed(node.body))
            continue
        if isinstance(node, ast.ClassDef):
            scope.bind(node.name, None)
            scope.classes[node.name] = node
            inner = Scope(node, scope)
            index.scopes[node] = inner
            index.defined_in[node] = scope
            outer = [*node.decorator_list, *node.bases, *node.keywords]
            stack.extend((child, scope) for child in outer)
            stack.extend((child, inner) for child in reversed(node.body))
            continue
        if isinstance(node, ast.Assign):
            for target in node.targets:
                _bind_target(scope, target, node.value)
        elif isinstance(node, ast.AnnAssign):
            if isinstance(node.target, ast.Name):
                scope.annotations[node.target.id] = node.annotation
                if node.value is not None:
                    scope.bind(node.target.id, node.value)
                else:
                    scope.local_names.add(node.target.id)
        elif isinstance(node, (ast.AugAssign, ast.For, ast.AsyncFor, ast.comprehension)):
            _bind_target(scope, node.target, None)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            _bind_target(scope, node.optional_vars, None)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            scope.bind(node.name, None)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            index.imports.add(node)
            for alias in node.names:
                if alias.name != "*":
                    scope.bind(alias.asname or alias.name.partition(".")[0], None)
        elif isinstance(node, ast.Global):
            scope.declared_global.update(node.names)
        elif isinstance(node, ast.Nonlocal):
            scope.declared_nonlocal.update(node.names)
        elif isinstance(node, ast.NamedExpr):
            _bind_target(_function_scope(scope), node.target, node.value)
        elif isinstance(node, ast.Delete):
            for target in node.targets:
                _bind_target(scope, target, None)
        elif isinstance(node, ast.Lambda):
            for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
                scope.local_names.add(arg.arg)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            scope.bind(node.name, None)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            scope.bind(node.rest, None)
        elif type(node).__name__ == "TypeAlias":  # Python 3.12+
            _bind_target(scope, node.name, None)  # type: ignore[attr-defined]
        stack.extend((child, scope) for child in ast.iter_child_nodes(node))
    return index
