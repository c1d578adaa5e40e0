"""The spread of request scope to same-module helpers: the functions a request-scope function
calls or hands on (``create_task(helper())``, ``add_task(fn)``), transitively; and what an
argument names (a function, a bound method, an instance's ``__call__``, a ``partial``)."""

from __future__ import annotations

import ast
import weakref
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from ..model import FunctionNode, Scope
from ..semantic.functions import bound_parameter
from .reach import Reach

if TYPE_CHECKING:
    from . import RequestScope

_FUNCTOOLS_PARTIAL: Final = frozenset({"functools.partial", "functools.partialmethod"})


class Spread:
    def __init__(self, found: RequestScope) -> None:
        # A proxy, not a reference: the request scope holds its spread, and a cycle would keep
        # the module's tree alive until flake8's next full garbage collection.
        self.found: RequestScope = weakref.proxy(found)
        self.index = found.index
        #: request-scope functions whose onward targets are still to mark
        self.queue: list[FunctionNode] = []
        #: function -> the same-module functions it calls or hands on (see onward_targets)
        self.onward: dict[FunctionNode, list[FunctionNode]] = {}

    def read_now(self, scope: Scope) -> None:
        """A handler's onward targets, read while its calls are in the CPU's caches (see
        :class:`.entries.RegisteringCalls`)."""
        self.onward[scope.function] = self.onward_targets(scope)

    def run(self) -> None:
        found = self.found
        while self.queue:
            node = self.queue.pop()
            reach = found.reach[node]
            onward = Reach(reach.handler, node.name)
            targets = self.onward.get(node)
            if targets is None:
                targets = self.onward_targets(self.index.scopes[node])
            for target in targets:
                found.mark(target, onward)

    def onward_targets(self, scope: Scope) -> list[FunctionNode]:
        """Same-module functions a function calls or hands on, in the order of its calls:
        where request scope spreads."""
        index = self.index
        classes = self.found.classes
        calls = scope.of(ast.Call)
        node = scope.function
        owner = index.defined_in[node]
        bound = bound_parameter(scope) if owner.is_class else None  # self.helper()
        targets: list[FunctionNode] = []
        for call in calls:
            func = call.func
            if isinstance(func, ast.Name):
                target = index.function_named(scope, func.id)
                if target is not None:
                    targets.append(target)
            elif (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == bound
                and owner.is_class
            ):
                targets.extend(classes.methods_named(owner.class_def, func.attr))
            # Functions handed on: create_task(helper()), add_task(fn), submit(fn).
            for arg in (*call.args, *(k.value for k in call.keywords)):
                kind = type(arg)
                if kind is ast.Name:  # the most frequent argument, answered here
                    target = index.function_named(scope, arg.id)  # type: ignore[attr-defined]
                    if target is not None:
                        targets.append(target)
                elif kind is not ast.Constant:
                    targets.extend(self.named_functions(arg, scope, registered=False))
        return targets

    def mark_named(self, expr: ast.expr, scope: Scope, reach: Reach | None) -> None:
        """Mark what a registering call (``reach`` None) or a handed-on argument names as
        request scope."""
        for function in self.named_functions(expr, scope, registered=reach is None):
            self.found.mark(function, reach)

    def named_functions(
        self, expr: ast.expr, scope: Scope, registered: bool
    ) -> Iterator[FunctionNode]:
        """The functions ``expr`` names as a registered endpoint (``registered``: the classes
        whose instances it registers are noted) or as an argument handed on."""
        index = self.index
        classes = self.found.classes
        if isinstance(expr, (ast.List, ast.Tuple)):  # after_exception=[hook, ...]
            for element in expr.elts:
                if not isinstance(element, (ast.List, ast.Tuple)):  # one level: no recursion
                    yield from self.named_functions(element, scope, registered)
        elif isinstance(expr, ast.Name):
            function = index.function_named(scope, expr.id)
            if function is not None:
                yield function
            elif registered:
                # An instance registered as the endpoint: ``checker = Checker(); Depends(checker)``.
                cls = classes.instance_class(scope, expr.id)
                if cls is not None:
                    self.found.registered_classes.add(cls)
                    yield from classes.methods_named(cls, "__call__")
                else:  # ``from .tools import search; mcp.add_tool(search)``
                    self.found.note_imported(expr, scope)
        elif isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            # A bound method of a module object: ``add_get("/p", handler.get)``.
            cls = classes.instance_class(scope, expr.value.id)
            if cls is not None:
                if registered:
                    self.found.registered_classes.add(cls)
                yield from classes.methods_named(cls, expr.attr)
            elif registered:  # ``mcp.add_tool(tools.search)``
                self.found.note_imported(expr, scope)
        elif isinstance(expr, ast.Call):
            func = expr.func
            if isinstance(func, ast.Name):
                cls = index.class_named(scope, func.id)
                if cls is not None:  # an instance registered as the endpoint: its __call__
                    if registered:
                        self.found.registered_classes.add(cls)
                    yield from classes.methods_named(cls, "__call__")
                    return
            if index.imports.resolve(func) in _FUNCTOOLS_PARTIAL and expr.args:
                inner = expr.args[0]
                if isinstance(inner, (ast.Name, ast.Attribute)):  # partial(fn, ...): no recursion
                    yield from self.named_functions(inner, scope, registered)
