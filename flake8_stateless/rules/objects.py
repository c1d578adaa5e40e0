"""SLS106 request-context-on-long-lived-object and SLS107 shared-class-attribute.

SLS106: a method the framework calls per request writes ``self.x`` (or mutates a
container held there) on an object that serves every request: the classes whose
lifetime row in ``frameworks/`` is ``PROCESS`` (Falcon resources and middleware,
Starlette middleware, Django middleware, Litestar controllers), Flask and Quart
views with ``init_every_request = False``, and classes whose instance is itself
registered as an endpoint. Classes the framework makes per request are never
reported, nor are ``__init__`` and lazily initialised attributes.

SLS107: a container defined in a class body and mutated in request scope through
``self.x``, ``cls.x`` or ``ClassName.x``: every instance shares it, per-request
views included. Not when methods rebind ``self.x`` per instance, and never for the
read-only configuration attributes frameworks declare (``Framework.class_config``).
Where both codes fit one line, only SLS107 is reported.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from ..containers import (
    COUNTER,
)
from ..context import Context, Finding
from ..frameworks import Lifetime
from ..lazy import lazy_assignments
from ..model import FunctionNode, Scope
from ..semantic.classes import ClassInfo, class_model, instance_lifetime
from ..semantic.effects import How, Write, writes
from ..semantic.functions import SETUP_METHODS, Kind, bound_parameter, kind


class _Attribute(NamedTuple):
    """What a written expression is rooted at: ``self.x`` / ``cls.x`` / ``Class.x``."""

    through: str  # "self" or "class"
    cls: ast.ClassDef  # the class whose attributes ``x`` is looked up in
    name: str
    text: str  # as written: "self.items", "cls.items", "Board.items"


class _Classes:
    """The module's class model, with what this family adds: the user's allowed names."""

    def __init__(self, ctx: Context) -> None:
        config_names = frozenset(name for fw in ctx.scope.frameworks for name in fw.class_config)
        self.model = class_model(ctx.index, config_names)
        #: ``--stateless-allowed-names``: ``attr`` or ``Class.attr`` the user vouches for
        self.allowed = ctx.config.allowed

    def info(self, cls: ast.ClassDef) -> ClassInfo:
        return self.model.info(cls)


def prepare(ctx: Context) -> Callable[[Scope], Iterable[Finding]]:
    classes = _Classes(ctx)
    owners = _long_lived_methods(ctx)
    module_classes = _module_classes(ctx)

    def check(scope: Scope) -> Iterable[Finding]:
        node = scope.function
        owner = ctx.index.defined_in[node]
        cls: ast.ClassDef | None = None
        why: str | None = None
        if owner.is_class:
            cls, why = owners.get(node, (owner.class_def, None))
        if why is None and not module_classes:
            return ()  # no class keeps anything in its body, and no long-lived object
        return _Method(ctx, classes, scope, node, cls, why).findings()

    return check


def _long_lived_methods(ctx: Context) -> dict[FunctionNode, tuple[ast.ClassDef, str]]:
    """Request-scope methods of objects that serve every request -> (class, why)."""
    request_scope = ctx.scope
    long_lived: dict[ast.ClassDef, str] = {}
    for cls, row in request_scope.handler_classes.items():
        if row.lifetime is Lifetime.PROCESS:
            long_lived[cls] = f"instance of {row.kind or 'handler'} '{cls.name}'"
        elif instance_lifetime(ctx.index, cls, row) is Lifetime.PROCESS:
            attribute, value = row.shared_when or ("", "")
            long_lived[cls] = f"instance of {row.kind} '{cls.name}' ({attribute} = {value})"
    for cls in request_scope.registered_classes:
        if cls not in request_scope.handler_classes:
            long_lived.setdefault(cls, f"instance of '{cls.name}', registered as an endpoint,")
    owners: dict[FunctionNode, tuple[ast.ClassDef, str]] = {}
    by_name = {cls.name: cls for cls in long_lived}
    for cls in sorted(long_lived, key=lambda c: (c.lineno, c.col_offset)):
        for method in request_scope.class_methods(cls):
            reach = request_scope.reach.get(method)
            if reach is None:
                continue
            # The object whose handler reached the method, else the class that defines it.
            via = by_name.get(reach.handler.rpartition(".")[0])
            defining = ctx.index.defined_in[method].node
            if via is cls or (via not in long_lived and (defining is cls or method not in owners)):
                owners[method] = (cls, long_lived[cls])
    return owners


def _module_classes(ctx: Context) -> bool:
    """Whether any class of the module binds values in its body (``items = []``)."""
    return any(scope.values for scope in ctx.index.classes())


class _Method:
    """The writes of one request-scope function to instance and class attributes."""

    def __init__(
        self,
        ctx: Context,
        classes: _Classes,
        scope: Scope,
        node: FunctionNode,
        cls: ast.ClassDef | None,
        why: str | None,
    ) -> None:
        self.ctx = ctx
        self.classes = classes
        self.scope = scope
        self.node = node
        self.cls = cls
        self.why = why
        self.self_name: str | None = None
        self.cls_name: str | None = None
        if cls is not None:
            bound = bound_parameter(scope)
            if kind(scope) is Kind.CLASS:
                self.cls_name = bound
            else:
                self.self_name = bound
        self._where: str | None = None
        self._lazy: set[int] | None = None

    @property
    def where(self) -> str:
        if self._where is None:
            self._where = self.ctx.scope.where(self.node)
        return self._where

    def findings(self) -> Iterator[Finding]:
        lines: set[int] = set()
        for write in writes(self.scope, self._root, self.ctx.index.imports):
            finding = self._judge(write)
            if finding is not None and finding.line not in lines:
                lines.add(finding.line)
                yield finding

    def _judge(self, write: Write[_Attribute]) -> Finding | None:
        attribute, how, node = write.root, write.how, write.node
        if write.rebinds:
            return self._rebinding(node, attribute)
        if how is How.NEXT:
            kind = self.classes.info(attribute.cls).class_container(attribute.name)
            if kind is None or kind[0].name != COUNTER:
                return None
        return self._mutation(node, attribute, element=write.depth > 0)

    # -- classification ---------------------------------------------------------------

    def _rebinding(self, node: ast.AST, attribute: _Attribute) -> Finding | None:
        """``self.x = ...`` / ``self.x += ...`` / ``del self.x``."""
        if self._allowed(attribute):
            return None
        if attribute.through != "self":
            if isinstance(node, ast.AugAssign):  # Board.items += [item]: in place on the list
                return self._mutation(node, attribute, element=False)
            return None
        info = self.classes.info(attribute.cls)
        if (
            isinstance(node, ast.AugAssign)
            and info.class_container(attribute.name) is not None
            and attribute.name not in info.assigned
        ):
            return self._mutation(node, attribute, element=False)  # list += [...]: in place
        if self.why is None or self.node.name in SETUP_METHODS:
            return None
        if isinstance(node, ast.Assign) and self._is_lazy(node):
            return None
        return Finding.at(node, "SLS106", target=attribute.text, where=self.where, obj=self.why)

    def _mutation(self, node: ast.AST, attribute: _Attribute, element: bool) -> Finding | None:
        """A container held at ``attribute`` is changed in place."""
        if self._allowed(attribute):
            return None
        info = self.classes.info(attribute.cls)
        shared = info.class_container(attribute.name)
        through_class = attribute.through != "self"
        if shared is not None and (through_class or attribute.name not in info.assigned):
            kind, owner = shared
            if element and kind.holds_objects:
                return None  # a method of an object kept in the container
            obj = f"{kind.name} '{owner}.{attribute.name}'"
            return Finding.at(node, "SLS107", obj=obj, where=self.where)
        if (
            attribute.through == "self"
            and self.why is not None
            and self.node.name not in SETUP_METHODS
            and info.known_container(attribute.name)
        ):
            return Finding.at(node, "SLS106", target=attribute.text, where=self.where, obj=self.why)
        return None

    def _allowed(self, attribute: _Attribute) -> bool:
        allowed = self.classes.allowed
        return bool(allowed) and (
            attribute.name in allowed or f"{attribute.cls.name}.{attribute.name}" in allowed
        )

    # -- resolution --------------------------------------------------------------------

    def _root(self, node: ast.expr) -> _Attribute | None:
        if not isinstance(node, ast.Attribute):
            return None
        owner = node.value
        if isinstance(owner, ast.Name):
            if owner.id == self.self_name and self.cls is not None:
                return _Attribute("self", self.cls, node.attr, f"{owner.id}.{node.attr}")
            if owner.id == self.cls_name and self.cls is not None:
                return _Attribute("class", self.cls, node.attr, f"{owner.id}.{node.attr}")
            if owner.id in (self.self_name, self.cls_name):
                return None
            klass = self.ctx.index.class_named(self.scope, owner.id)
            if klass is not None:
                return _Attribute("class", klass, node.attr, f"{owner.id}.{node.attr}")
            return None
        if (
            self.self_name is not None
            and self.cls is not None
            and _is_type_of_self(owner, self.self_name)
        ):
            return _Attribute("class", self.cls, node.attr, f"type({self.self_name}).{node.attr}")
        return None

    def _is_lazy(self, node: ast.Assign) -> bool:
        if self._lazy is None:
            self._lazy = lazy_assignments(self.scope)
        return id(node) in self._lazy


def _is_self_attribute(node: ast.expr, name: str) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == name
    )


def _is_type_of_self(node: ast.expr, self_name: str) -> bool:
    """``type(self)`` or ``self.__class__``."""
    if isinstance(node, ast.Call):
        return (
            isinstance(node.func, ast.Name)
            and node.func.id == "type"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == self_name
        )
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "__class__"
        and isinstance(node.value, ast.Name)
        and node.value.id == self_name
    )
