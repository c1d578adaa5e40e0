"""The one class model: what a class keeps in its body and on ``self``, and which of its
methods keep state. Every rule about classes (SLS106, SLS107, SLS110) asks it.

Per class (with its same-module bases):

- its *class-shared* containers: bound in the class body and shared by every instance
  (for models, whose annotated fields are copied per instance, only ``ClassVar``s);
- its *instance* containers: model fields with a container default or factory
  (``field(default_factory=dict)``, ``attrs.field(factory=list)``, pydantic
  ``Field(default_factory=list)``, ``tags: list = []``), and containers methods keep on
  ``self`` (literals, constructors, parameters annotated as containers:
  ``def __init__(self, store: dict): self.store = store``);
- its *stateful methods*: those that mutate a container on ``self``, rebind a ``self``
  attribute outside set-up (``self.count += 1``, ``self.current = user``), or call a
  method of the class that does. Lazily creating a client once (``if self._client is None:
  self._client = ...``, see :mod:`..lazy`) is the same for every request and does not count.
"""

from __future__ import annotations

import ast
import weakref
from collections.abc import Iterator
from typing import Final, NamedTuple

from ..containers import BUILTIN_CONTAINERS, ContainerKind, container_kind, scope_containers
from ..frameworks import GlobSet, HandlerClass, Lifetime
from ..lazy import lazy_assignments
from ..model import FunctionNode, ModuleIndex, Scope
from ..syntax import flatten_targets
from .effects import How, writes
from .functions import SETUP_METHODS, Kind, bound_parameter, kind


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


def stateful_methods(index: ModuleIndex, cls: ast.ClassDef) -> dict[str, str]:
    """Method name -> what it mutates on ``self`` (``"self._items"``), for methods that
    keep state, directly or through other methods of the class."""
    per_module: dict[ast.ClassDef, dict[str, str]] = index.derived.setdefault(
        "stateful_methods", {}
    )
    cached = per_module.get(cls)
    if cached is not None:
        return cached
    table = methods(index, cls)
    containers = class_model(index).info(cls).container_attributes()
    direct: dict[str, str] = {}
    calls: dict[str, set[str]] = {}
    for name, method in table.items():
        scope = index.scopes[method]
        self_name = bound_parameter(scope) if kind(scope) is Kind.INSTANCE else None
        if name in SETUP_METHODS or self_name is None:
            continue
        mutated = _self_mutation(index, scope, self_name, lazy_assignments(scope), containers)
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


def _self_mutation(
    index: ModuleIndex, scope: Scope, self_name: str, lazy: set[int], containers: set[str]
) -> str | None:
    """What the method changes on ``self``: a rebound attribute, or a container's content.

    A method called on an attribute of unknown type (``self.db.add(user)``) is not a
    mutation of ``self``: the attribute may be a client of external storage.
    """

    def attribute(expr: ast.expr) -> str | None:
        if (
            isinstance(expr, ast.Attribute)
            and isinstance(expr.value, ast.Name)
            and expr.value.id == self_name
        ):
            return expr.attr
        return None

    for write in writes(scope, attribute, index.imports):
        if id(write.node) in lazy:
            continue
        if write.root in containers or (write.rebinds and write.how is not How.DELETE):
            return f"self.{write.root}"
    return None


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
#: Field constructors of models and the keyword that gives a per-instance default.
_FIELD_FACTORIES: Final = {
    "dataclasses.field": "default_factory",
    "pydantic.Field": "default_factory",
    "pydantic.fields.Field": "default_factory",
    "sqlmodel.Field": "default_factory",
    "attrs.field": "factory",
    "attr.ib": "factory",
    "attr.attrib": "factory",
    "attr.field": "factory",
}


class ClassInfo:
    """What one class (with its same-module bases) keeps in its body and on ``self``."""

    def __init__(self) -> None:
        #: class-body name -> (container kind or None, the class whose body binds it)
        self.body: dict[str, tuple[ContainerKind | None, str]] = {}
        #: model fields whose default is a container made per instance
        self.fields: set[str] = set()
        #: attribute assigned on ``self`` by a method -> (no value is something other than
        #: a container, some value is a container)
        self.assigned: dict[str, tuple[bool, bool]] = {}

    def class_container(self, name: str) -> tuple[ContainerKind, str] | None:
        """The container the class body binds to ``name``, shared by every instance."""
        kind, owner = self.body.get(name, (None, ""))
        return None if kind is None else (kind, owner)

    def known_container(self, name: str) -> bool:
        """``self.<name>`` holds a mutable container, however it was set."""
        if name in self.fields:
            return True
        in_body = name in self.body
        if in_body and self.body[name][0] is None:
            return False
        only, some = self.assigned.get(name, (True, False))
        return only and (some or in_body)

    def container_attributes(self) -> set[str]:
        """Every attribute that may hold a mutable container, on the class or on ``self``."""
        found = {name for name, (kind, _owner) in self.body.items() if kind is not None}
        found |= self.fields
        found |= {name for name, (_only, some) in self.assigned.items() if some}
        return found


class ClassModel:
    """:class:`ClassInfo` of the classes of one module, built on first question."""

    def __init__(self, index: ModuleIndex, config_names: frozenset[str] = frozenset()) -> None:
        # A proxy: the index keeps its model (``index.derived``), and a cycle would keep the
        # module's tree alive until flake8's next full garbage collection.
        self.index: ModuleIndex = weakref.proxy(index)
        #: read-only configuration attributes frameworks declare (``permission_classes``)
        self.config_names = config_names
        self._info: dict[ast.ClassDef, ClassInfo] = {}
        self._shadowed = index.module.local_names & BUILTIN_CONTAINERS

    def info(self, cls: ast.ClassDef) -> ClassInfo:
        found = self._info.get(cls)
        if found is None:
            found = self._info[cls] = self._build(cls)
        return found

    def _build(self, cls: ast.ClassDef) -> ClassInfo:
        index = self.index
        info = ClassInfo()
        chain = list(class_chain(index, cls))
        models = any(self._is_model(klass) for klass in chain)
        for klass in chain:
            scope = index.scopes[klass]
            containers = scope_containers(index, scope)
            if models:  # fields are copied per instance; only ``ClassVar`` is the class's
                info.fields.update(
                    name
                    for name in scope.local_names
                    if self._instance_field(scope, name, containers) and name not in info.body
                )
                containers = {
                    name: kind
                    for name, kind in containers.items()
                    if self._is_class_var(scope.annotations.get(name))
                }
            for name in scope.local_names:
                if name not in info.body and name not in self.config_names:
                    info.body[name] = (containers.get(name), klass.name)
        for method in methods(index, cls).values():
            scope = index.scopes[method]
            first = bound_parameter(scope) if kind(scope) is Kind.INSTANCE else None
            if first is not None:
                self._assigned(info, scope, first)
        return info

    def _assigned(self, info: ClassInfo, scope: Scope, self_name: str) -> None:
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
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == self_name
                ):
                    # Unpacked (``self.a, self.b = ...``): the value is not known.
                    holds = self._holds_container(value, scope) if target in targets else False
                    only, some = info.assigned.get(target.attr, (True, False))
                    if holds is not None:
                        only, some = only and holds, some or holds
                    info.assigned[target.attr] = (only, some)

    def _holds_container(self, value: ast.expr, scope: Scope) -> bool | None:
        """Whether ``value`` is a mutable container; ``None`` for a reset to ``None``."""
        if isinstance(value, ast.Constant) and value.value is None:
            return None
        imports = self.index.imports
        if container_kind(value, imports, self._shadowed) is not None:
            return True
        if isinstance(value, ast.Name) and value.id in scope.annotations:
            return self._container_annotation(scope.annotations[value.id])
        return False

    def _container_annotation(self, annotation: ast.expr) -> bool:
        """``dict``, ``list[str]``, ``typing.Dict[...]``, ``collections.deque``."""
        if isinstance(annotation, ast.Subscript):
            annotation = annotation.value
        imports = self.index.imports
        qualified = (
            annotation.id
            if isinstance(annotation, ast.Name) and annotation.id not in imports.names
            else imports.resolve(annotation)
        )
        return qualified in _CONTAINER_ANNOTATIONS

    def _instance_field(
        self, scope: Scope, name: str, containers: dict[str, ContainerKind]
    ) -> bool:
        """A model field made per instance as a container: ``tags: list = []``,
        ``field(default_factory=dict)``, ``attrs.field(factory=list)``."""
        if self._is_class_var(scope.annotations.get(name)) or name not in scope.annotations:
            return False
        if name in containers:
            return True
        values = scope.values.get(name, ())
        return any(self._container_factory(value) for value in values if value is not None)

    def _container_factory(self, value: ast.expr) -> bool:
        if not isinstance(value, ast.Call):
            return False
        imports = self.index.imports
        keyword = _FIELD_FACTORIES.get(imports.resolve(value.func) or "")
        if keyword is None:
            return False
        factory = next((k.value for k in value.keywords if k.arg == keyword), None)
        if factory is None:
            return False
        made = ast.Call(func=factory, args=[], keywords=[])
        if isinstance(factory, ast.Lambda):
            return container_kind(factory.body, imports, self._shadowed) is not None
        return container_kind(made, imports, self._shadowed) is not None

    def _is_class_var(self, annotation: ast.expr | None) -> bool:
        if isinstance(annotation, ast.Subscript):
            annotation = annotation.value
        if annotation is None:
            return False
        return self.index.imports.resolve(annotation) in _CLASS_VAR

    def _is_model(self, cls: ast.ClassDef) -> bool:
        resolve = self.index.imports.resolve
        for expr in (*cls.bases, *cls.decorator_list):
            target = expr.func if isinstance(expr, ast.Call) else expr
            if resolve(target) in _MODEL_CLASSES:
                return True
        return False


def class_model(index: ModuleIndex, config_names: frozenset[str] = frozenset()) -> ClassModel:
    """The class model of a module (one per module and set of framework config names)."""
    model: ClassModel | None = index.derived.get("class_model")
    if model is None or model.config_names != config_names:
        model = index.derived["class_model"] = ClassModel(index, config_names)
    return model


#: Bases of application settings classes: one instance is the configuration of the process.
SETTINGS_BASES: Final = frozenset(
    {"pydantic_settings.BaseSettings", "pydantic.BaseSettings", "pydantic.v1.BaseSettings"}
)
#: How many same-module bases a plain class may have, one above the other.
_MAX_PLAIN_BASES: Final = 3


class PlainClass(NamedTuple):
    """A class of the project whose instances are plain data: attribute writes store
    values (no framework base, no ``__setattr__``); ``settings`` when it is a settings class."""

    settings: bool
    #: attributes that run code when written (properties): not a plain store
    properties: frozenset[str]
    #: attributes that hold mutable containers (model fields, ``self`` containers)
    containers: frozenset[str]


def plain_class(index: ModuleIndex, cls: ast.ClassDef) -> PlainClass | None:
    """Whether instances of ``cls`` (a class of ``index``) are plain data or settings: its
    bases are none, ``object``, a settings base or plain classes of the same module, it has
    no metaclass and it defines no ``__setattr__``/``__setitem__``; else None (a
    ``threading.local``, a framework's class, a proxy: writes may not be stored)."""
    settings = False
    properties: set[str] = set()
    for depth, current in enumerate(class_chain(index, cls)):
        if depth > _MAX_PLAIN_BASES or current.keywords:
            return None
        owner = index.defined_in.get(current, index.module)
        for base in current.bases:
            if index.imports.resolve(base) in SETTINGS_BASES:
                settings = True
                continue
            if not isinstance(base, ast.Name):
                return None
            if base.id != "object" and index.class_named(owner, base.id) is None:
                return None  # a base from elsewhere: its instances may not be plain data
        for statement in current.body:
            if not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if statement.name in ("__setattr__", "__setitem__", "__getattr__"):
                return None
            if statement.decorator_list:
                properties.add(statement.name)  # a property, or a method: never written
    containers = class_model(index).info(cls).container_attributes()
    return PlainClass(settings, frozenset(properties), frozenset(containers))
