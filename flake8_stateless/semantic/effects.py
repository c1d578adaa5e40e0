"""The one write engine: each write a function makes, followed back to what it writes.

Every rule that reports a write (a module container, ``self.x`` of a long-lived object, a
class attribute, an application-wide store, a stateful instance) asks this engine, with a
*resolver* that says which expressions are the roots it cares about. The engine walks the
function's statements in order and follows each write through

- steps: ``x[k]``, ``x.attr``, element getters (``x.get(k)``, ``x.setdefault(k, d)``) and
  ``getattr(x, "attr")``;
- local aliases: assignment (``t = x[k]``), annotated assignment, walrus
  (``(t := x)``), unpacking (``a, b = x, y``), ``with x as t``, and loop variables
  (``for t in x``, ``x.values()``, ``x.items()``, ``enumerate(x)``, ``sorted(x)``, ...).

An alias is made only where the value is the root itself or a part of it, never a copy
(``dict(x)``, ``list(x)``, a comprehension). Each write comes with its root, the steps from
the root to what is written, and how it writes.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from typing import Final, Generic, TypeVar

from ..containers import MUTATING_METHODS
from ..imports import ImportMap
from ..model import Scope
from ..syntax import flatten_targets

R = TypeVar("R")

#: Calls that hand back an element of what they are called on: a step, like ``x[k]``.
ELEMENT_GETTERS: Final = frozenset({"get", "setdefault", "__getitem__"})
#: Functions that change the container they are given first.
MUTATING_FUNCTIONS: Final = frozenset(
    {
        "heapq.heappush",
        "heapq.heappop",
        "heapq.heapreplace",
        "heapq.heappushpop",
        "heapq.heapify",
        "bisect.insort",
        "bisect.insort_left",
        "bisect.insort_right",
        "random.shuffle",
    }
)
_MUTATING_FUNCTION_NAMES: Final = frozenset(q.rpartition(".")[2] for q in MUTATING_FUNCTIONS)
#: ``x.values()`` yields elements; ``x.items()`` pairs whose second part is one.
_ELEMENT_ITERATORS: Final = {"values": None, "items": 1}
#: ``enumerate(x)`` yields pairs whose second part is an element; the others, elements.
_WRAPPING_ITERATORS: Final = {"enumerate": 1, "reversed": None, "sorted": None, "iter": None}
#: The statements and expressions the engine reads, in source order.
EVENTS: Final = (
    ast.Assign,
    ast.AugAssign,
    ast.AnnAssign,
    ast.Delete,
    ast.Call,
    ast.For,
    ast.AsyncFor,
    ast.NamedExpr,
    ast.With,
    ast.AsyncWith,
)


class How(Enum):
    """How a write changes what it reaches."""

    ASSIGN = "assign"  # ``root... = v``: the root itself (no step) or a part of it
    AUGMENT = "augment"  # ``root... += v``
    DELETE = "delete"  # ``del root...``
    METHOD = "method"  # ``root....append(v)``: a mutating method
    NEXT = "next"  # ``next(counter)``
    FUNCTION = "function"  # ``heapq.heappush(root..., v)``
    SETATTR = "setattr"  # ``setattr(root..., name, v)`` / ``delattr``


class Write(Generic[R]):
    """One write: the node to report, the root it reaches, the steps from the root to what
    is written (innermost first), how, and the method called (for ``How.METHOD``)."""

    __slots__ = ("how", "method", "node", "root", "steps")

    def __init__(
        self, node: ast.AST, root: R, steps: tuple[ast.expr, ...], how: How, method: str = ""
    ) -> None:
        self.node = node
        self.root = root
        self.steps = steps
        self.how = how
        self.method = method

    @property
    def rebinds(self) -> bool:
        """The root itself is assigned, augmented or deleted (``self.x = v``)."""
        return not self.steps and self.how in (How.ASSIGN, How.AUGMENT, How.DELETE, How.SETATTR)

    @property
    def depth(self) -> int:
        """Steps from the root to the container the write changes: ``x[k] = v`` and
        ``x.append(v)`` change ``x`` itself (0); ``x[k].append(v)`` an element of it (1)."""
        if self.how in (How.ASSIGN, How.AUGMENT, How.DELETE, How.SETATTR) and self.steps:
            return len(self.steps) - 1
        return len(self.steps)

    @property
    def key(self) -> ast.expr | None:
        """The key of the first step (``sessions[sid]...`` -> ``sid``), or the first argument
        of a method called on the root itself (``sessions.pop(sid)``)."""
        if self.steps:
            return _key(self.steps[0])
        node = self.node
        if self.how is How.METHOD and isinstance(node, ast.Call) and node.args:
            return node.args[0]
        return None


def writes(
    scope: Scope,
    resolve: Callable[[ast.expr], R | None],
    imports: ImportMap,
    methods: frozenset[str] = MUTATING_METHODS,
) -> Iterator[Write[R]]:
    """Every write of ``scope``'s own statements (not of nested functions) to a root that
    ``resolve`` recognises, in source order. ``resolve`` is asked about the base of each
    written expression and each part of it down to its base, longest first
    (``request.app.state.x``, ``request.app.state``, ``request.app``, ``request``): the first
    answer is the root. ``methods``: the method names
    that change what they are called on."""
    return _Tracker(scope, resolve, imports, methods).run()


class _Tracker(Generic[R]):
    def __init__(
        self,
        scope: Scope,
        resolve: Callable[[ast.expr], R | None],
        imports: ImportMap,
        methods: frozenset[str],
    ) -> None:
        self.scope = scope
        self.resolve = resolve
        self.imports = imports
        self.methods = methods
        #: local name -> the root it aliases and the steps from the root to it
        self.aliases: dict[str, tuple[R, tuple[ast.expr, ...]]] = {}

    def run(self) -> Iterator[Write[R]]:
        events: Sequence[ast.AST] = self.scope.in_order(EVENTS)
        for node in events:
            kind = type(node)
            if kind is ast.Call:
                found = self._call(node)  # type: ignore[arg-type]
                if found is not None:
                    yield found
            elif kind is ast.For or kind is ast.AsyncFor:
                self._loop(node.target, node.iter)  # type: ignore[attr-defined]
            elif kind is ast.With or kind is ast.AsyncWith:
                for item in node.items:  # type: ignore[attr-defined]
                    if item.optional_vars is not None:
                        self._bind(item.optional_vars, item.context_expr)
            else:
                yield from self._statement(node)

    # -- writes ------------------------------------------------------------------------

    def _statement(self, node: ast.AST) -> Iterator[Write[R]]:
        how = How.DELETE if isinstance(node, ast.Delete) else How.ASSIGN
        if isinstance(node, ast.AugAssign):
            how = How.AUGMENT
        targets: list[ast.expr]
        if isinstance(node, (ast.Assign, ast.Delete)):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.NamedExpr, ast.AnnAssign)):
            if isinstance(node, ast.AnnAssign) and node.value is None:
                return  # ``x: int`` declares a name, writes nothing
            targets = [node.target]
        else:
            return
        for target in flatten_targets(targets):
            if isinstance(target, ast.Name):
                alias = self.aliases.get(target.id) if how is How.AUGMENT else None
                if alias is not None and not alias[1]:
                    # ``items = self.items; items += [x]``: ``__iadd__`` on the root itself, in
                    # place. (An element's type is not known: ``n = counts[k]; n += 1`` only
                    # rebinds the local name.)
                    yield Write(node, alias[0], (), How.METHOD, "__iadd__")
                continue
            located = self._locate(target)
            if located is not None:
                yield Write(node, located[0], located[1], how)
        value = getattr(node, "value", None)
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.NamedExpr)):
            for target in targets:
                self._bind(target, value)

    def _call(self, call: ast.Call) -> Write[R] | None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in self.methods:
            located = self._locate(func.value)
            if located is None:
                return None
            return Write(call, located[0], located[1], How.METHOD, func.attr)
        if not call.args:
            return None
        if isinstance(func, ast.Name):
            if func.id == "next":
                located = self._locate(call.args[0])
                return None if located is None else Write(call, *located, How.NEXT)
            if func.id in ("setattr", "delattr") and len(call.args) >= 2:
                return self._setattr(call)
        last = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if last in _MUTATING_FUNCTION_NAMES and self.imports.resolve(func) in MUTATING_FUNCTIONS:
            located = self._locate(call.args[0])
            return None if located is None else Write(call, *located, How.FUNCTION)
        return None

    def _setattr(self, call: ast.Call) -> Write[R] | None:
        """``setattr(obj, "name", v)`` writes ``obj.name``; with a name not known, ``obj``."""
        obj, name = call.args[0], call.args[1]
        if isinstance(name, ast.Constant) and isinstance(name.value, str):
            attribute = ast.Attribute(value=obj, attr=name.value, ctx=ast.Store())
            ast.copy_location(attribute, obj)
            located = self._locate(attribute)
            if located is not None:
                return Write(call, *located, How.SETATTR)
        located = self._locate(obj)
        if located is None:
            return None
        return Write(call, located[0], (*located[1], obj), How.SETATTR)

    # -- resolution ----------------------------------------------------------------------

    def _locate(self, expr: ast.expr) -> tuple[R, tuple[ast.expr, ...]] | None:
        """The root ``expr`` is or lies in, and the steps from the root to ``expr``."""
        outer: list[ast.expr] = []  # steps, outermost first
        node = expr
        while True:
            if isinstance(node, (ast.Subscript, ast.Attribute)):
                outer.append(node)
                node = node.value
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ELEMENT_GETTERS
            ):
                outer.append(node)
                node = node.func.value
            elif _getattr(node):  # getattr(x, "name", default): x.name
                outer.append(node)
                node = node.args[0]  # type: ignore[attr-defined]
            else:
                break
        outer.reverse()
        if isinstance(node, ast.Name) and node.id in self.aliases:
            root, steps = self.aliases[node.id]
            return root, (*steps, *outer)
        # The longest part that is a root wins: ``request.app.state`` before ``request.app``
        # (an aiohttp app is a root too, but its state attribute is the nearer one).
        resolve = self.resolve
        for position in range(len(outer) - 1, -1, -1):
            found = resolve(outer[position])
            if found is not None:
                return found, tuple(outer[position + 1 :])
        found = resolve(node)
        return None if found is None else (found, tuple(outer))

    def _bind(self, target: ast.expr, value: ast.expr | None) -> None:
        """A name bound to ``value``: an alias when the value is a root or a part of one."""
        if isinstance(target, (ast.Tuple, ast.List)):
            values = value.elts if isinstance(value, (ast.Tuple, ast.List)) else None
            if values is not None and len(values) == len(target.elts):
                for element, part in zip(target.elts, values, strict=True):
                    self._bind(element, part)
            else:
                self._forget(target)
            return
        if not isinstance(target, ast.Name):
            return
        located = self._locate(value) if value is not None and _aliasing(value) else None
        if located is not None:
            self.aliases[target.id] = located
        else:
            self.aliases.pop(target.id, None)

    def _loop(self, target: ast.expr, iterable: ast.expr) -> None:
        """``for t in x``: ``t`` is an element of ``x``, through ``.values()``, ``.items()``,
        ``enumerate``, ``sorted``, ... and nestings of them (``enumerate(x.items())``)."""
        element: ast.expr | None = target
        source = iterable
        while isinstance(source, ast.Call) and not source.keywords and element is not None:
            func = source.func
            if isinstance(func, ast.Attribute) and func.attr in _ELEMENT_ITERATORS:
                if source.args:
                    break
                position, source = _ELEMENT_ITERATORS[func.attr], func.value
            elif isinstance(func, ast.Name) and func.id in _WRAPPING_ITERATORS and source.args:
                position, source = _WRAPPING_ITERATORS[func.id], source.args[0]
            else:
                break
            element = _part(element, position)
        located = self._locate(source)
        self._forget(target)
        if located is not None and isinstance(element, ast.Name):
            root, steps = located
            # An element: one step further than the container, whatever its key.
            self.aliases[element.id] = (root, (*steps, source))

    def _forget(self, target: ast.expr) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                self.aliases.pop(node.id, None)


def _part(target: ast.expr, position: int | None) -> ast.expr | None:
    """The part of a loop target that receives the element (``k, v`` with position 1: ``v``)."""
    if position is None:
        return target
    if isinstance(target, (ast.Tuple, ast.List)) and len(target.elts) > position:
        return target.elts[position]
    return None


def _aliasing(value: ast.expr) -> bool:
    """The value is the thing itself or a part of it (``x``, ``x[k]``, ``x.a``,
    ``x.get(k)``, ``getattr(x, "a")``), not a copy (``dict(x)``) or a new value."""
    return (
        isinstance(value, (ast.Name, ast.Subscript, ast.Attribute))
        or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in ELEMENT_GETTERS
        )
        or _getattr(value)
    )


def _getattr(node: ast.expr) -> bool:
    """``getattr(x, "name")`` or ``getattr(x, "name", default)``: the attribute ``x.name``."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    )


def _key(step: ast.expr) -> ast.expr | None:
    if isinstance(step, ast.Subscript):
        return step.slice
    if isinstance(step, ast.Call) and step.args and not _getattr(step):
        return step.args[0]
    return None
