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
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final, NamedTuple

from ..classes import instance_lifetime
from ..containers import (
    COUNTER,
    MUTATING_METHODS,
    ContainerKind,
    container_kind,
    scope_containers,
)
from ..context import Context, Finding
from ..frameworks import GlobSet, Lifetime
from ..lazy import lazy_assignments
from ..model import WRITES_AND_CALLS, FunctionNode, Scope
from ..syntax import flatten_targets, written_targets

#: Methods that run once, when the object is made, not per request.
_SETUP_METHODS: Final = frozenset(
    {"__init__", "__new__", "__post_init__", "__init_subclass__", "__set_name__"}
)
#: Calls that hand back an element of the container they are called on.
_ELEMENT_GETTERS: Final = frozenset({"get", "setdefault", "__getitem__"})
#: Parameter annotations that say ``self.x = param`` holds a mutable container.
_CONTAINER_ANNOTATIONS: Final = frozenset(
    {
        "dict", "list", "set", "bytearray",
        "typing.Dict", "typing.List", "typing.Set", "typing.DefaultDict", "typing.Deque",
        "typing.OrderedDict", "typing.Counter", "typing.MutableMapping",
        "typing.MutableSequence", "typing.MutableSet",
        "collections.defaultdict", "collections.OrderedDict", "collections.Counter",
        "collections.deque",
        "collections.abc.MutableMapping", "collections.abc.MutableSequence",
        "collections.abc.MutableSet",
    }
)  # fmt: skip
#: Classes whose annotated class-body defaults are copied per instance (models, records).
_MODEL_CLASSES: Final = GlobSet(
    (
        "pydantic.*",
        "pydantic_settings.*",
        "sqlmodel.*",
        "msgspec.*",
        "attr.*",
        "attrs.*",
        "dataclasses.dataclass",
        "typing.NamedTuple",
        "typing.TypedDict",
        "enum.*",
    )
)
_CLASS_VAR: Final = frozenset({"typing.ClassVar", "typing_extensions.ClassVar"})
_CLASSMETHOD: Final = "classmethod"
_STATICMETHOD: Final = "staticmethod"


class _Attribute(NamedTuple):
    """What a written expression is rooted at: ``self.x`` / ``cls.x`` / ``Class.x``."""

    through: str  # "self" or "class"
    cls: ast.ClassDef  # the class whose attributes ``x`` is looked up in
    name: str
    text: str  # as written: "self.items", "cls.items", "Board.items"


class _ClassInfo:
    """What one class (with its same-module bases) keeps in its body and on ``self``."""

    def __init__(self) -> None:
        #: class-body name -> (container kind or None, the class whose body binds it)
        self.body: dict[str, tuple[ContainerKind | None, str]] = {}
        #: attribute assigned on ``self`` by a method -> (no value is something other than
        #: a container, some value is a container)
        self.assigned: dict[str, tuple[bool, bool]] = {}

    def class_container(self, name: str) -> tuple[ContainerKind, str] | None:
        kind, owner = self.body.get(name, (None, ""))
        return None if kind is None else (kind, owner)

    def known_container(self, name: str) -> bool:
        """``self.<name>`` holds a mutable container, however it was set."""
        in_body = name in self.body
        if in_body and self.body[name][0] is None:
            return False
        only, some = self.assigned.get(name, (True, False))
        return only and (some or in_body)


class _Classes:
    """Per-file cache of :class:`_ClassInfo`, computed only for the classes asked about."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.config_names = frozenset(
            name for fw in ctx.scope.frameworks for name in fw.class_config
        )
        #: ``--stateless-allowed-names``: ``attr`` or ``Class.attr`` the user vouches for
        self.allowed = GlobSet(ctx.config.allowed_names)
        self._info: dict[ast.ClassDef, _ClassInfo] = {}
        self._shadowed = ctx.index.module.local_names & {"dict", "list", "set", "bytearray"}

    def info(self, cls: ast.ClassDef) -> _ClassInfo:
        found = self._info.get(cls)
        if found is None:
            found = self._build(cls)
            self._info[cls] = found
        return found

    def _build(self, cls: ast.ClassDef) -> _ClassInfo:
        index = self.ctx.index
        info = _ClassInfo()
        chain = list(self.ctx.scope.class_chain(cls))
        models = any(self._is_model(klass) for klass in chain)
        for klass in chain:
            scope = index.scopes[klass]
            containers = scope_containers(index, scope)
            if models:  # fields are copied per instance; only ``ClassVar`` is the class's
                containers = {
                    name: kind
                    for name, kind in containers.items()
                    if self._is_class_var(scope.annotations.get(name))
                }
            for name in scope.local_names:
                if name not in info.body and name not in self.config_names:
                    info.body[name] = (containers.get(name), klass.name)
        for method in self.ctx.scope.class_methods(cls):
            first = _first_param(method)
            if first is None or _decorated(method, _STATICMETHOD, _CLASSMETHOD):
                continue
            scope = index.scopes[method]
            assignments: list[ast.Assign | ast.AnnAssign] = [
                *scope.of(ast.Assign),
                *scope.of(ast.AnnAssign),
            ]
            for node in assignments:
                value = node.value
                if value is None:
                    continue  # ``self.x: int`` declares, binds nothing
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in flatten_targets(targets):
                    if isinstance(target, ast.Attribute) and _is_self_attribute(target, first):
                        # Unpacked (``self.a, self.b = ...``): the value is not known.
                        holds = self._holds_container(value, scope) if target in targets else False
                        only, some = info.assigned.get(target.attr, (True, False))
                        if holds is not None:
                            only, some = only and holds, some or holds
                        info.assigned[target.attr] = (only, some)
        return info

    def _holds_container(self, value: ast.expr, scope: Scope) -> bool | None:
        """Whether ``value`` is a mutable container; ``None`` for a reset to ``None``."""
        if isinstance(value, ast.Constant) and value.value is None:
            return None
        imports = self.ctx.index.imports
        if container_kind(value, imports, self._shadowed) is not None:
            return True
        if isinstance(value, ast.Name) and value.id in scope.annotations:
            annotation = scope.annotations[value.id]
            if isinstance(annotation, ast.Subscript):
                annotation = annotation.value
            qualified = (
                annotation.id
                if isinstance(annotation, ast.Name) and annotation.id not in imports.names
                else imports.resolve(annotation)
            )
            return qualified in _CONTAINER_ANNOTATIONS
        return False

    def _is_class_var(self, annotation: ast.expr | None) -> bool:
        if isinstance(annotation, ast.Subscript):
            annotation = annotation.value
        if annotation is None:
            return False
        return self.ctx.index.imports.resolve(annotation) in _CLASS_VAR

    def _is_model(self, cls: ast.ClassDef) -> bool:
        resolve = self.ctx.index.imports.resolve
        for expr in (*cls.bases, *cls.decorator_list):
            target = expr.func if isinstance(expr, ast.Call) else expr
            if resolve(target) in _MODEL_CLASSES:
                return True
        return False


def prepare(ctx: Context) -> Callable[[Scope], Iterable[Finding]]:
    classes = _Classes(ctx)
    owners = _long_lived_methods(ctx)
    module_classes = _module_classes(ctx)

    def check(scope: Scope) -> Iterable[Finding]:
        node: FunctionNode = scope.node  # type: ignore[assignment]
        owner = ctx.index.defined_in[node]
        cls: ast.ClassDef | None = None
        why: str | None = None
        if owner.is_class:
            cls, why = owners.get(node, (owner.node, None))  # type: ignore[assignment]
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
            first = _first_param(node)
            if _decorated(node, _CLASSMETHOD):
                self.cls_name = first
            elif not _decorated(node, _STATICMETHOD):
                self.self_name = first
        #: local name -> the attribute it aliases and the steps below it
        #: (``items = self.items``: 0; ``todo = self.todos[key]``: 1)
        self.aliases: dict[str, tuple[_Attribute, int]] = {}
        self._where: str | None = None
        self._lazy: set[int] | None = None

    @property
    def where(self) -> str:
        if self._where is None:
            self._where = self.ctx.scope.where(self.node)
        return self._where

    def findings(self) -> Iterator[Finding]:
        scope = self.scope
        events: Sequence[ast.stmt | ast.Call] = scope.in_order(WRITES_AND_CALLS)
        if not events:
            return
        lines: set[int] = set()
        for event in events:
            finding = self._call(event) if isinstance(event, ast.Call) else self._write(event)
            if finding is not None and finding.line not in lines:
                lines.add(finding.line)
                yield finding
            if isinstance(event, (ast.Assign, ast.AnnAssign)):
                self._track_alias(event)

    # -- events --------------------------------------------------------------------

    def _write(self, node: ast.stmt) -> Finding | None:
        for target in written_targets(node):
            if not isinstance(target, (ast.Attribute, ast.Subscript)):
                continue
            found = self._rooted(target)
            if found is None:
                continue
            attribute, steps = found
            if steps == 0:
                finding = self._rebinding(node, attribute)
            else:
                finding = self._mutation(node, attribute, element=steps > 1)
            if finding is not None:
                return finding
        return None

    def _call(self, call: ast.Call) -> Finding | None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATING_METHODS:
            found = self._rooted(func.value)
            if found is None:
                return None
            attribute, steps = found
            return self._mutation(call, attribute, element=steps > 0)
        if not isinstance(func, ast.Name) or not call.args:
            return None
        first = call.args[0]
        if func.id == "next":
            found = self._rooted(first)
            if found is not None and found[1] == 0:
                info = self.classes.info(found[0].cls)
                kind = info.class_container(found[0].name)
                if kind is not None and kind[0].name == COUNTER:
                    return self._mutation(call, found[0], element=False)
        elif func.id in ("setattr", "delattr") and len(call.args) >= 2:
            name = call.args[1]
            if (
                isinstance(first, ast.Name)
                and first.id == self.self_name
                and self.cls is not None
                and isinstance(name, ast.Constant)
                and isinstance(name.value, str)
            ):
                attribute = _Attribute("self", self.cls, name.value, f"{first.id}.{name.value}")
                return self._rebinding(call, attribute)
        return None

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
        if self.why is None or self.node.name in _SETUP_METHODS:
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
            and self.node.name not in _SETUP_METHODS
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

    def _rooted(self, expr: ast.expr) -> tuple[_Attribute, int] | None:
        """The attribute ``expr`` is, or is inside, and how many steps lie above it."""
        steps = 0
        node = expr
        while True:
            if isinstance(node, ast.Name):
                alias = self.aliases.get(node.id)
                return None if alias is None else (alias[0], steps + alias[1])
            root = self._root(node)
            if root is not None:
                return root, steps
            if isinstance(node, (ast.Subscript, ast.Attribute)):
                node = node.value
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _ELEMENT_GETTERS
            ):
                node = node.func.value
            else:
                return None
            steps += 1

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

    def _track_alias(self, node: ast.Assign | ast.AnnAssign) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            value = node.value
            found = None
            if isinstance(value, (ast.Attribute, ast.Subscript, ast.Name)) or (
                isinstance(value, ast.Call)
                and isinstance(value.func, ast.Attribute)
                and value.func.attr in _ELEMENT_GETTERS
            ):
                found = self._rooted(value)
            if found is not None:
                self.aliases[target.id] = found
            else:
                self.aliases.pop(target.id, None)

    def _is_lazy(self, node: ast.Assign) -> bool:
        if self._lazy is None:
            self._lazy = lazy_assignments(self.scope)
        return id(node) in self._lazy


def _first_param(node: FunctionNode) -> str | None:
    params = [*node.args.posonlyargs, *node.args.args]
    return params[0].arg if params else None


def _decorated(node: FunctionNode, *names: str) -> bool:
    return any(isinstance(d, ast.Name) and d.id in names for d in node.decorator_list)


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
