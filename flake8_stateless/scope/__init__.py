"""Which functions are request scope: code the framework runs once per request or tool call.

Entry points come from the framework tables (decorators, registering calls, handler
classes, module conventions) and from the user's decorators, one kind each in
:mod:`.entries`, each with the cheap test the gate asks next to its exact one; what an
object is (an app, a router, a server) is :mod:`.objects`' question, the module's classes
:mod:`.classes`'; request scope then spreads to same-module functions they call or hand on,
transitively (:mod:`.spread`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Final

from ..config import Config
from ..frameworks import AppObject, Framework, GlobSet, HandlerClass
from ..model import FunctionNode, ModuleIndex, Scope
from ..prescan import Prescan
from ..syntax import name_chain
from ..testcode import in_spans, test_code_spans
from .classes import ModuleClasses
from .entries import ENTRY_KINDS, Look, NamedEntries
from .objects import FrameworkObjects
from .reach import Reach
from .registrars import ImportedRegistration, Registration, registrations_of
from .spread import Spread
from .tables import Tables, imports_framework, with_shaped

__all__ = [
    "Reach",
    "Registration",
    "RequestScope",
    "could_have_request_scope",
    "imports_framework",
    "registrations_of",
]

#: No registration from another module.
_NONE: Final[Mapping[str, Registration]] = MappingProxyType({})


def could_have_request_scope(
    pre: Prescan, filename: str, config: Config, elsewhere: Mapping[str, Registration] = _NONE
) -> bool:
    """Whether any request-scope entry point is possible, from statements alone.

    A superset of what :class:`RequestScope` finds (each entry kind's ``possible`` next to
    its ``find``): a file for which this is false has no request scope, so the full index
    is not built.
    """
    # The shaped frameworks of any class or function (request scope reads the top level's).
    frameworks = with_shaped(pre.imports.frameworks, [*pre.classes, *pre.functions])
    tables = Tables.build(frameworks, config.handler_decorators)
    user = GlobSet(config.handler_decorators) if config.handler_decorators else None
    look = Look(pre, filename, tables, user, elsewhere, config.entry_points)
    # Without a framework, only the kinds that need none (``def lambda_handler(event,
    # context)``, ``--stateless-entry-points``) are possible.
    unframed = not frameworks and not config.handler_decorators and not elsewhere
    return any(
        kind.possible(look) for kind in ENTRY_KINDS if not (unframed and kind.needs_framework)
    )


class RequestScope:
    """The request-scope functions of one module, each with the reason it is one."""

    def __init__(
        self,
        index: ModuleIndex,
        config: Config,
        elsewhere: Mapping[str, Registration] = _NONE,
    ) -> None:
        self.index = index
        #: top-level names of this module that other project modules register
        self.elsewhere = elsewhere
        #: what this module registers of the modules it imports (see :mod:`.registrars`)
        self.imported_registrations: list[ImportedRegistration] = []
        #: the frameworks the module imports, and those its top level uses by shape
        self.frameworks: tuple[Framework, ...] = with_shaped(
            index.imports.frameworks, index.module.node.body
        )
        self.tables = Tables.build(self.frameworks, config.handler_decorators)
        self.user_decorators = GlobSet(config.handler_decorators)
        self.reach: dict[FunctionNode, Reach] = {}
        self._where: dict[FunctionNode, str] = {}
        #: handler classes found in the module -> the table row that made them one
        self.handler_classes: dict[ast.ClassDef, HandlerClass] = {}
        #: classes whose instance is registered as a handler (``add_get("/p", obj.handle)``,
        #: ``add_api_route("/x", Handler())``): one instance serves every request
        self.registered_classes: set[ast.ClassDef] = set()
        #: line spans of the module's test functions, fixtures and test classes: never
        #: request scope, nor anything defined in them (see :mod:`..testcode`)
        self.test_spans: list[tuple[int, int]] = []
        self.classes = ModuleClasses(index)
        self.framework_objects = FrameworkObjects(index, self.tables)
        self.spread = Spread(self)
        #: handlers by their name and parameters, or named by the user (see :mod:`..entries`)
        self.named_entries = NamedEntries.of(index, self.frameworks, config.entry_points)
        if self.frameworks or self.user_decorators or elsewhere or self.named_entries:
            for kind in ENTRY_KINDS:
                kind.find(self)
            self._leave_out_test_code()
            self.spread.run()
        else:
            self.test_spans = test_code_spans(index, ())

    # -- public ---------------------------------------------------------------

    def functions(self) -> Iterator[tuple[Scope, Reach]]:
        for node, reach in self.reach.items():
            yield self.index.scopes[node], reach

    def where(self, node: FunctionNode) -> str:
        """Which handler a function serves, as the messages say it (worked out once: every
        rule family names it)."""
        described = self._where.get(node)
        if described is None:
            described = self._where[node] = self.reach[node].describe(self.qualified_name(node))
        return described

    def objects(self, expr: ast.expr, scope: Scope) -> tuple[AppObject, ...]:
        """The framework objects ``expr`` may be (``app``, ``app.router``) seen from ``scope``."""
        return self.framework_objects.of(expr, scope)

    def class_chain(self, cls: ast.ClassDef) -> Iterator[ast.ClassDef]:
        """``cls`` and its same-module bases, subclass first."""
        return self.classes.chain(cls)

    def class_methods(self, cls: ast.ClassDef) -> Iterator[FunctionNode]:
        """Methods of ``cls`` and of its same-module bases (subclass first, overrides win)."""
        return self.classes.methods(cls)

    def qualified_name(self, node: FunctionNode) -> str:
        owner = self.index.defined_in[node]
        if isinstance(owner.node, ast.ClassDef):
            return f"{owner.node.name}.{node.name}"
        return node.name

    # -- for the entry kinds and the spread -------------------------------------

    def mark(self, node: FunctionNode, reach: Reach | None = None) -> None:
        """``node`` is request scope (``reach``: why; by default, it is a handler)."""
        if node not in self.reach and not in_spans(node.lineno, self.test_spans):
            self.reach[node] = reach or Reach(self.qualified_name(node))
            self.spread.queue.append(node)

    def note_imported(
        self, expr: ast.expr, scope: Scope, instances: HandlerClass | None = None
    ) -> None:
        """A registration of something this module imports (``mcp.add_tool(tools.search)``,
        ``add_GreeterServicer_to_server(servicers.Greeter(), server)``: ``instances`` the
        row): kept for the module that defines it (see :mod:`.registrars`)."""
        chain = name_chain(expr)
        if chain is None:
            return
        owner = self.index.lookup(scope, chain[0])
        if owner is None or any(v is not None for v in owner.values.get(chain[0], ())):
            return  # a name bound here to something else, or not bound at all
        qualified = self.index.imports.resolve(expr)
        if qualified is not None:
            self.imported_registrations.append(
                ImportedRegistration(qualified, instances, expr.lineno)
            )

    def _leave_out_test_code(self) -> None:
        """Drop the entries found inside test functions (an app a test builds, its routes):
        the test functions themselves stay out unless registered as handlers."""
        self.test_spans = test_code_spans(self.index, {*self.reach, *self.handler_classes})
        if not self.test_spans:
            return
        spans = self.test_spans
        self.reach = {n: r for n, r in self.reach.items() if not in_spans(n.lineno, spans)}
        self.spread.queue = [n for n in self.spread.queue if n in self.reach]
