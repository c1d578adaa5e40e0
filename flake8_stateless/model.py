"""One pass over a module's tree: scopes, bindings and nodes grouped by scope and type.

The tree flake8 hands over is shared by every plugin, so nothing is written onto
it: what the rules need (which scope a node belongs to, what a name is bound to)
is kept in this index. The traversal is iterative, so deep nesting cannot
exhaust the recursion limit.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from typing import Any, Final, TypeVar

from .imports import ImportMap
from .prescan import prescan
from .syntax import FunctionNode as FunctionNode  # re-exported: the rules import it here

#: Writes and calls, the events the state rules follow through a function in order.
WRITES_AND_CALLS: Final = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete, ast.Call)
_POSITION: Final = attrgetter("lineno", "col_offset")
N = TypeVar("N", bound=ast.AST)


class Scope:
    """A module, class or function body, with what is bound and found directly in it."""

    def __init__(
        self, node: ast.Module | ast.ClassDef | FunctionNode, parent: Scope | None
    ) -> None:
        self.node = node
        self.parent = parent
        #: what kind of body this is (asked for nearly every name looked up)
        self.is_function = isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        self.is_class = isinstance(node, ast.ClassDef)
        #: every name bound in this scope, however (assignment, import, def, for, ...)
        self.local_names: set[str] = set()
        #: name -> the values assigned to it (``None`` where bound otherwise)
        self.values: dict[str, list[ast.expr | None]] = defaultdict(list)
        #: name -> annotation (parameters and annotated assignments)
        self.annotations: dict[str, ast.expr] = {}
        self.declared_global: set[str] = set()
        self.declared_nonlocal: set[str] = set()
        self.functions: dict[str, FunctionNode] = {}
        self.classes: dict[str, ast.ClassDef] = {}
        self.nodes: dict[type[ast.AST], list[ast.AST]] = defaultdict(list)
        #: node types -> their nodes in source order (see :meth:`in_order`)
        self.ordered: dict[tuple[type[ast.AST], ...], list[ast.AST]] = {}
        #: a method the framework calls through its class, with a value of the call first
        #: (Graphene's resolvers): set by request scope from the framework tables
        self.unbound = False

    @property
    def function(self) -> FunctionNode:
        """The def of a function scope (callers know it is one: :attr:`is_function`)."""
        node = self.node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            raise TypeError(f"not a function scope: {type(node).__name__}")
        return node

    @property
    def class_def(self) -> ast.ClassDef:
        """The class statement of a class scope (callers know it is one: :attr:`is_class`)."""
        node = self.node
        if not isinstance(node, ast.ClassDef):
            raise TypeError(f"not a class scope: {type(node).__name__}")
        return node

    def of(self, kind: type[N]) -> Sequence[N]:
        return self.nodes.get(kind, ())  # type: ignore[return-value]

    def in_order(self, kinds: tuple[type[ast.AST], ...]) -> Sequence[Any]:
        """The nodes of ``kinds`` found directly in this scope, in source order; sorted once,
        as several rule families read the same statements of a handler in order (the caller
        annotates what ``kinds`` make it)."""
        found = self.ordered.get(kinds)
        if found is None:
            found = [node for kind in kinds for node in self.nodes.get(kind, ())]
            found.sort(key=_POSITION)
            self.ordered[kinds] = found
        return found

    def bind(self, name: str, value: ast.expr | None) -> None:
        self.local_names.add(name)
        self.values[name].append(value)


class ModuleIndex:
    def __init__(self, filename: str, module: Scope, imports: ImportMap) -> None:
        self.filename = filename
        self.module = module
        #: the module's imports, read by the statement pass (:mod:`.prescan`), shared
        self.imports = imports
        #: function and class nodes -> their own scope
        self.scopes: dict[ast.AST, Scope] = {}
        #: class or function node -> the scope it is defined in
        self.defined_in: dict[ast.AST, Scope] = {}
        #: answers derived from this module (its class model, ...), kept here so that they
        #: die with it: a module-level cache keyed weakly by the index would keep every
        #: linted file alive once a value refers back to its index
        self.derived: dict[str, Any] = {}

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
        return
    # Unpacking binds every name inside, however deeply nested (iteratively: no recursion).
    todo = [target]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Name):
            scope.bind(node.id, None)
        elif isinstance(node, (ast.Tuple, ast.List)):
            todo.extend(node.elts)
        elif isinstance(node, ast.Starred):
            todo.append(node.value)


def _function_scope(scope: Scope) -> Scope:
    """Where a walrus binds: the nearest enclosing function or the module."""
    current = scope
    while current.is_class and current.parent is not None:
        current = current.parent
    return current


#: Fields that never hold nodes the index needs (contexts, operators, names as strings).
_LEAF_FIELDS: Final = frozenset(
    {"ctx", "op", "ops", "id", "attr", "arg", "name", "asname", "module", "level", "names",
     "type_comment", "kind", "conversion", "simple", "is_async", "kwd_attrs", "rest"}
)  # fmt: skip
#: Node type -> its fields that may hold nodes (a constant's value never does).
_CHILD_FIELDS: dict[type[ast.AST], tuple[str, ...]] = {ast.Constant: ()}


def _child_fields(kind: type[ast.AST]) -> tuple[str, ...]:
    fields = _CHILD_FIELDS.get(kind)
    if fields is None:
        fields = tuple(f for f in getattr(kind, "_fields", ()) if f not in _LEAF_FIELDS)
        _CHILD_FIELDS[kind] = fields
    return fields


class _Restore:
    """On the stack below a body's nodes: the scope to go back to once they are indexed."""

    __slots__ = ("scope",)

    def __init__(self, scope: Scope) -> None:
        self.scope = scope


class _Indexer:
    """The single traversal: each node is bucketed once, then its children are pushed.

    The stack holds nodes only (no pair per node): a function or class pushes a
    :class:`_Restore` below its body, so the current scope follows the stack."""

    def __init__(self, tree: ast.Module, filename: str, imports: ImportMap) -> None:
        self.module = Scope(tree, None)
        self.index = ModuleIndex(filename, self.module, imports)
        self.scope = self.module
        self.stack: list[ast.AST | _Restore | None] = [tree]

    def run(self) -> ModuleIndex:
        stack = self.stack
        dispatch = _DISPATCH
        child_fields = _CHILD_FIELDS
        pop, push, extend = stack.pop, stack.append, stack.extend
        node_type = ast.AST
        scope = self.scope
        buckets = scope.nodes
        while stack:
            node = pop()
            if node is None:
                continue  # a gap in a list: a dict's ``**spread`` key, a missing kw default
            kind: Any = type(node)  # an AST node type, or _Restore
            if kind is _Restore:
                scope = self.scope = node.scope  # type: ignore[union-attr]
                buckets = scope.nodes
                continue
            buckets[kind].append(node)  # type: ignore[arg-type]
            handler = dispatch.get(kind)
            if handler is not None and handler(self, node, scope):
                scope = self.scope  # the handler pushed the children (and maybe a body)
                buckets = scope.nodes
                continue
            fields = child_fields.get(kind)
            if fields is None:
                fields = _child_fields(kind)
            for name in fields:
                value = getattr(node, name, None)
                if type(value) is list:
                    extend(value)
                elif isinstance(value, node_type):
                    push(value)
        return self.index

    def _body(self, outer: list[ast.AST], body: list[ast.stmt], inner: Scope) -> None:
        """Index ``body`` in ``inner``, then ``outer`` (decorators, bases, defaults, ...) in
        the current scope."""
        stack = self.stack
        stack.extend(outer)
        stack.append(_Restore(self.scope))
        stack.extend(reversed(body))
        self.scope = inner

    def _new_scope(self, node: ast.ClassDef | FunctionNode, scope: Scope) -> Scope:
        inner = Scope(node, scope)
        self.index.scopes[node] = inner
        self.index.defined_in[node] = scope
        return inner

    def _function(self, node: FunctionNode, scope: Scope) -> bool:
        scope.local_names.add(node.name)
        scope.functions[node.name] = node
        inner = self._new_scope(node, scope)
        args = node.args
        outer: list[ast.AST] = [*node.decorator_list, *args.defaults]
        outer += [d for d in args.kw_defaults if d is not None]
        for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg):
            if arg is not None:
                inner.bind(arg.arg, None)
                if arg.annotation is not None:
                    inner.annotations[arg.arg] = arg.annotation
                    outer.append(arg.annotation)
        if node.returns is not None:
            outer.append(node.returns)
        self._body(outer, node.body, inner)
        return True

    def _class(self, node: ast.ClassDef, scope: Scope) -> bool:
        scope.bind(node.name, None)
        scope.classes[node.name] = node
        inner = self._new_scope(node, scope)
        self._body([*node.decorator_list, *node.bases, *node.keywords], node.body, inner)
        return True

    def _assign(self, node: ast.Assign, scope: Scope) -> bool:
        for target in node.targets:
            _bind_target(scope, target, node.value)
        return False

    def _ann_assign(self, node: ast.AnnAssign, scope: Scope) -> bool:
        if isinstance(node.target, ast.Name):
            scope.annotations[node.target.id] = node.annotation
            if node.value is not None:
                scope.bind(node.target.id, node.value)
            else:
                scope.local_names.add(node.target.id)
        return False

    def _target(
        self, node: ast.AugAssign | ast.For | ast.AsyncFor | ast.comprehension, scope: Scope
    ) -> bool:
        _bind_target(scope, node.target, None)
        return False

    def _withitem(self, node: ast.withitem, scope: Scope) -> bool:
        if node.optional_vars is not None:
            _bind_target(scope, node.optional_vars, None)
        return False

    def _named(self, node: ast.ExceptHandler | ast.MatchAs | ast.MatchStar, scope: Scope) -> bool:
        if node.name:
            scope.bind(node.name, None)
        return False

    def _import(self, node: ast.Import | ast.ImportFrom, scope: Scope) -> bool:
        for alias in node.names:
            if alias.name != "*":
                scope.bind(alias.asname or alias.name.partition(".")[0], None)
        return True

    def _global(self, node: ast.Global, scope: Scope) -> bool:
        scope.declared_global.update(node.names)
        return True

    def _nonlocal(self, node: ast.Nonlocal, scope: Scope) -> bool:
        scope.declared_nonlocal.update(node.names)
        return True

    def _walrus(self, node: ast.NamedExpr, scope: Scope) -> bool:
        _bind_target(_function_scope(scope), node.target, node.value)
        return False

    def _delete(self, node: ast.Delete, scope: Scope) -> bool:
        for target in node.targets:
            _bind_target(scope, target, None)
        return False

    def _lambda(self, node: ast.Lambda, scope: Scope) -> bool:
        for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs):
            scope.local_names.add(arg.arg)
        return False

    def _match_mapping(self, node: ast.MatchMapping, scope: Scope) -> bool:
        if node.rest:
            scope.bind(node.rest, None)
        return False

    def _type_alias(self, node: Any, scope: Scope) -> bool:
        _bind_target(scope, node.name, None)
        return False


#: Node type -> the handler that binds what it binds. Unbound functions: bound methods kept
#: on the indexer would make it a reference cycle, left for the garbage collector.
_DISPATCH: dict[type[ast.AST], Callable[[_Indexer, Any, Scope], bool]] = {
    ast.FunctionDef: _Indexer._function,
    ast.AsyncFunctionDef: _Indexer._function,
    ast.ClassDef: _Indexer._class,
    ast.Assign: _Indexer._assign,
    ast.AnnAssign: _Indexer._ann_assign,
    ast.AugAssign: _Indexer._target,
    ast.For: _Indexer._target,
    ast.AsyncFor: _Indexer._target,
    ast.comprehension: _Indexer._target,
    ast.withitem: _Indexer._withitem,
    ast.ExceptHandler: _Indexer._named,
    ast.Import: _Indexer._import,
    ast.ImportFrom: _Indexer._import,
    ast.Global: _Indexer._global,
    ast.Nonlocal: _Indexer._nonlocal,
    ast.NamedExpr: _Indexer._walrus,
    ast.Delete: _Indexer._delete,
    ast.Lambda: _Indexer._lambda,
    ast.MatchAs: _Indexer._named,
    ast.MatchStar: _Indexer._named,
    ast.MatchMapping: _Indexer._match_mapping,
}
if hasattr(ast, "TypeAlias"):  # Python 3.12+
    _DISPATCH[ast.TypeAlias] = _Indexer._type_alias


def build_index(tree: ast.Module, filename: str, imports: ImportMap | None = None) -> ModuleIndex:
    """Index ``tree`` in one pass; nothing is written onto the shared tree. ``imports``: the
    module's imports as its statement pass read them (read now if not given)."""
    return _Indexer(tree, filename, imports or prescan(tree).imports).run()
