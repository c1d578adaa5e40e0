"""SLS108 app-state-mutated-in-handler: writes in request scope to application-wide objects.

One application object serves every request of a process: its ``state``, ``config``,
``extensions`` and ``ctx``, an aiohttp application's items, Tornado's
``application.settings``, Django's ``settings``, an MCP server's lifespan context and
tool registry. Setting them in lifespan or startup hooks, app factories and at module
level is setup (not request scope) and is never reported; neither are the request's own
stores (``request.state``, ``flask.g``, ``request.ctx``, ``req.context``, ``ctx.set_state``).

Which objects hold application-wide state is data in ``frameworks/``: ``AppObject.app_state``
/ ``app_mapping`` / ``registry_methods``, ``HandlerClass.app_state_paths`` and each
``Framework.shared_state`` (``current_app``, Django's ``settings``, Litestar's ``State``
parameters, MCP's lifespan context). The tables below say how each kind of store is written.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final, NamedTuple

from ..containers import MUTATING_METHODS
from ..context import Context, Finding
from ..frameworks import every, merged
from ..lazy import lazy_assignments
from ..model import FunctionNode, Scope
from ..project import modification_time, module_index
from ..resolve import Definition, factory_instance, project_definition
from ..semantic.classes import PlainClass, plain_class
from ..semantic.effects import How, Write, writes
from ..semantic.functions import parameter_names
from ..syntax import chain_text, constant_str, dotted


class _Store(NamedTuple):
    """An application-wide object, and how it may be written."""

    label: str
    #: its values are plain data (configuration): any container method on them writes
    data: bool = False
    #: only item writes count (an aiohttp ``Application``: its attributes are not state)
    items_only: bool = False
    #: attributes whose writes run the class's code (properties): not stored as written
    frozen: frozenset[str] = frozenset()
    #: attributes known to hold containers: any container method on them writes
    containers: frozenset[str] = frozenset()
    #: counting on an attribute (``+= 1``) is a metric of the process (frameworks.md C.10)
    counts_allowed: bool = False
    #: an instance of a class of the project: its methods are its own code
    instance: bool = False


#: ``<app>.<attribute>`` where the framework's app object has the attribute (AppObject.app_state).
_ATTRIBUTE_STORES: Final = {
    "state": _Store("state"),
    "config": _Store("config", data=True),
    "extensions": _Store("extensions"),
    "ctx": _Store("context"),
}
_APP_ITEMS: Final = _Store("state", items_only=True)
_HANDLER_SETTINGS: Final = _Store("settings", data=True)
#: Imported application-wide configuration (Django's ``settings``): qualified name -> store.
_IMPORTED_STORES: Final = {
    name: _Store(label, data=True)
    for name, label in merged(lambda fw: fw.shared_state.settings).items()
}
_CURRENT_APP: Final = every(lambda fw: fw.shared_state.current_app)
#: ``request.app``, ``websocket.app``, ``self.request.app``: the application object.
_APP_ATTRIBUTE: Final = "app"
_STATE_ANNOTATIONS: Final = every(lambda fw: fw.shared_state.annotations)
#: Methods that write a mapping store itself (``app.config.update(...)``), and the app's
#: config (``app.config.from_object(...)``, Sanic's ``update_config``).
_STORE_WRITES: Final = frozenset(
    {
        "update",
        "setdefault",
        "pop",
        "popitem",
        "clear",
        "__setitem__",
        "__delitem__",
        *every(lambda fw: fw.backends.config_loaders),
        *every(lambda fw: fw.backends.config_writers),
    }
)
#: Methods that, called on a value kept in a store of objects (clients, pools, lists),
#: surely change a container: ``request.app.state.items.append(item)``. Methods such as
#: ``add`` or ``update`` are also a database session's or a client's, so they are left out.
_VALUE_WRITES: Final = frozenset(
    {"append", "extend", "insert", "appendleft", "extendleft", "setdefault"}
)
_TEXT_LIMIT: Final = 60
#: The method names the write engine follows for this family.
_METHODS: Final = MUTATING_METHODS | _STORE_WRITES


def prepare(ctx: Context) -> Callable[[Scope], Iterator[Finding]]:
    return _Finder(ctx).function


class _Finder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        objects = [obj for fw in ctx.scope.frameworks for obj in fw.objects]
        #: what ``request.app`` / ``current_app`` may hold, from the frameworks imported
        self.app_attributes = frozenset(a for obj in objects for a in obj.app_state)
        self.app_mapping = any(obj.app_mapping for obj in objects)
        self.registry_methods = frozenset(m for obj in objects for m in obj.registry_methods)
        shared = [fw.shared_state for fw in ctx.scope.frameworks]
        self.shared_attributes = {
            attribute: _Store(label)
            for state in shared
            for attribute, label in state.shared_attributes.items()
        }
        self.server_attributes = frozenset(a for state in shared for a in state.server_attributes)
        self._instances: dict[str, _Store | None] = {}

    def module_instance(self, name: str) -> _Store | None:
        """The store a module-level name of this module is when it holds an instance of a
        settings class or a plain class of the project (rules.md SLS108): ``settings =
        Settings()`` here, or ``from .config import settings``."""
        if name not in self._instances:
            found = None if name in self.ctx.config.allowed else _instance_class(self.ctx, name)
            self._instances[name] = (
                None
                if found is None
                else _Store("settings", data=True, frozen=found.properties, instance=True)
                if found.settings
                else _Store(
                    "object",
                    frozen=found.properties,
                    containers=found.containers,
                    counts_allowed=True,
                    instance=True,
                )
            )
        return self._instances[name]

    def function(self, scope: Scope) -> Iterator[Finding]:
        node = scope.function
        stores = _Writes(self, scope, node)
        found: list[tuple[ast.AST, str]] = []
        for write in writes(scope, stores.store, self.ctx.index.imports, _METHODS):
            obj = stores.judge(write)
            if obj is not None:
                found.append((write.node, obj))
        if self.registry_methods:
            for call in scope.of(ast.Call):
                registry = stores.registry(call)
                if registry is not None:
                    found.append((call, registry))
        lines: set[int] = set()
        for event, obj in sorted(found, key=lambda item: _position(item[0])):
            line = _position(event)[0]
            if line not in lines:
                lines.add(line)
                yield Finding.at(event, "SLS108", obj=obj, where=self.ctx.scope.where(node))


class _Writes:
    """Judges the writes of one request-scope function to application-wide objects."""

    def __init__(self, finder: _Finder, scope: Scope, node: FunctionNode) -> None:
        self.finder = finder
        self.ctx = finder.ctx
        self.scope = scope
        self.node = node
        self._lazy: set[int] | None = None
        self.settings_paths = self._handler_settings_paths()

    def _handler_settings_paths(self) -> frozenset[str]:
        """``self.application.settings`` paths, in methods of Tornado handlers."""
        owner = self.ctx.index.defined_in[self.node]
        if not owner.is_class:
            return frozenset()
        row = self.ctx.scope.handler_classes.get(owner.class_def)
        params = self.node.args.posonlyargs + self.node.args.args
        if row is None or not row.app_state_paths or not params:
            return frozenset()
        return frozenset(f"{params[0].arg}.{path}" for path in row.app_state_paths)

    def judge(self, write: Write[_Store]) -> str | None:
        """What a write to a store changes (for the message), or None where it is not a
        write of request data: the store rebound, a lazy fill, a read with a default."""
        store, how, node = write.root, write.how, write.node
        if write.rebinds:
            return None
        if how is How.METHOD:
            call: ast.Call = node  # type: ignore[assignment]
            if not write.steps:  # on the store itself: app.config.update(...)
                if store.instance or write.method not in _STORE_WRITES:
                    return None  # a project object's own method: SLS110's question
                if self._read_with_default(call):
                    return None
            elif write.method not in MUTATING_METHODS or not (
                write.method in _VALUE_WRITES or store.data or _holds_container(store, write)
            ):
                return None
            return _describe(store, call if isinstance(call, ast.Call) else write.steps[-1])
        if store.items_only and not _item_step(write.steps[0]):
            return None  # an aiohttp app's attributes are not its state
        first = write.steps[0]
        if isinstance(first, ast.Attribute) and first.attr in store.frozen:
            return None  # a property's setter decides what is kept
        if how is How.AUGMENT and store.counts_allowed and not _holds_container(store, write):
            return None  # ``stats.requests += 1``: a process-local metric, by design
        if how is How.ASSIGN and isinstance(node, ast.Assign) and self._is_lazy(node):
            return None
        # setattr(...) as written, else the written expression (the last step)
        return _describe(store, node if isinstance(node, ast.Call) else write.steps[-1])

    # -- resolution ----------------------------------------------------------------------

    def store(self, node: ast.expr) -> _Store | None:
        """The application-wide object ``node`` is, if any: the write engine's resolver."""
        if isinstance(node, ast.Attribute):
            store = _ATTRIBUTE_STORES.get(node.attr)
            if store is not None and node.attr in self._app_attributes(node.value):
                return store
            shared = self.finder.shared_attributes.get(node.attr)
            if shared is not None:
                return shared
        if isinstance(node, (ast.Name, ast.Attribute)):
            if self.settings_paths and dotted(node) in self.settings_paths:
                return _HANDLER_SETTINGS
            qualified = self._imported(node)
            if qualified is not None and qualified in _IMPORTED_STORES:
                return _IMPORTED_STORES[qualified]
            if self._is_mapping_app(node):
                return _APP_ITEMS
        if isinstance(node, ast.Name):
            if self._is_state_parameter(node):
                return _ATTRIBUTE_STORES["state"]
            if self.ctx.index.lookup(self.scope, node.id) is self.ctx.index.module:
                return self.finder.module_instance(node.id)
        return None

    def _app_attributes(self, node: ast.expr) -> frozenset[str]:
        """The state attributes of the application ``node`` is (empty: not an application)."""
        if isinstance(node, ast.Attribute) and node.attr == _APP_ATTRIBUTE:
            return self.finder.app_attributes
        if not isinstance(node, (ast.Name, ast.Attribute)):
            return frozenset()
        if self._imported(node) in _CURRENT_APP:
            return self.finder.app_attributes
        objects = self.ctx.scope.objects(node, self.scope)
        return frozenset(a for obj in objects for a in obj.app_state)

    def _imported(self, node: ast.Name | ast.Attribute) -> str | None:
        """The qualified name of an imported object, unless a local name shadows the import."""
        root: ast.expr = node
        while isinstance(root, ast.Attribute):
            root = root.value
        if not isinstance(root, ast.Name) or root.id not in self.ctx.index.imports.names:
            return None
        owner = self.ctx.index.lookup(self.scope, root.id)
        if owner is not None:
            shadowed = any(value is not None for value in owner.values.get(root.id, ()))
            if not shadowed and owner.is_function:
                function = owner.function
                shadowed = root.id in parameter_names(function)
            if shadowed:
                return None  # a local variable or parameter of that name, not the import
        return self.ctx.index.imports.resolve(node)

    def _is_mapping_app(self, node: ast.Name | ast.Attribute) -> bool:
        if not self.finder.app_mapping:
            return False
        if isinstance(node, ast.Attribute) and node.attr == _APP_ATTRIBUTE:
            return True
        return any(obj.app_mapping for obj in self.ctx.scope.objects(node, self.scope))

    def _is_state_parameter(self, node: ast.Name) -> bool:
        annotation = self.scope.annotations.get(node.id)
        if annotation is None or self.ctx.index.lookup(self.scope, node.id) is not self.scope:
            return False
        return self.ctx.index.imports.resolve(annotation) in _STATE_ANNOTATIONS

    def registry(self, call: ast.Call) -> str | None:
        """``mcp.add_tool(...)`` / ``ctx.fastmcp.add_tool(...)``: the server's offer changes."""
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr not in self.finder.registry_methods:
            return None
        server = func.value
        if isinstance(server, ast.Attribute) and server.attr in self.finder.server_attributes:
            return f"tool registry '{_chain(func.value)}.{func.attr}(...)'"
        objects = self.ctx.scope.objects(server, self.scope)
        if any(func.attr in obj.registry_methods for obj in objects):
            return f"tool registry '{_chain(func.value)}.{func.attr}(...)'"
        return None

    def _read_with_default(self, call: ast.Call) -> bool:
        """``store.setdefault("users", {})``: a read of a key set at start-up, with a default
        that holds nothing of the request (no parameter, ``self`` included). What the
        request then does with the value is judged on its own (a mutation of it is a write)."""
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr != "setdefault" or not call.args:
            return False
        if constant_str(call.args[0]) is None:
            return False
        params = parameter_names(self.node)
        return not any(
            isinstance(n, ast.Name) and n.id in params for a in call.args[1:] for n in ast.walk(a)
        )

    def _is_lazy(self, node: ast.Assign) -> bool:
        if self._lazy is None:
            self._lazy = lazy_assignments(self.scope)
        return id(node) in self._lazy


def _holds_container(store: _Store, write: Write[_Store]) -> bool:
    """``flags.enabled_for.add(user)`` where the class keeps a container in ``enabled_for``."""
    first = write.steps[0]
    return (
        len(write.steps) == 1
        and isinstance(first, ast.Attribute)
        and first.attr in store.containers
    )


def _describe(store: _Store, node: ast.expr) -> str:
    return f"{store.label} '{_text(node)}'"


def _text(node: ast.expr) -> str:
    """``request.app.state.count``, ``app.config.update(...)``, ``setattr(settings, ...)``."""
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute):
            return f"{_chain(func.value)}.{func.attr}(...)"
        name = func.id if isinstance(func, ast.Name) else "..."
        return f"{name}({_chain(node.args[0]) if node.args else '...'}, ...)"
    return _chain(node)


def _chain(node: ast.expr) -> str:
    text = chain_text(node) or "..."
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 3] + "..."


def _item_step(step: ast.expr) -> bool:
    """``x[k]``, ``x.get(k)``, ``x.setdefault(k, d)``: an item, not an attribute."""
    return isinstance(step, (ast.Subscript, ast.Call))


def _position(node: ast.AST) -> tuple[int, int]:
    return node.lineno, node.col_offset  # type: ignore[attr-defined]


def _instance_class(ctx: Context, name: str) -> PlainClass | None:
    """What class of the project the module-level ``name`` is an instance of, if it is a
    plain or settings class (:func:`..semantic.classes.plain_class`)."""
    index = ctx.index
    module = index.module
    values = module.values.get(name, [])
    qualified = index.imports.names.get(name)
    if qualified is not None and not any(values):
        found = project_definition(index.filename, qualified)
        return None if found is None or found.kind != "instance" else _plain_class_of(found)
    if len(values) != 1 or not isinstance(values[0], ast.Call):
        return None
    func = values[0].func
    if isinstance(func, ast.Name):
        cls = index.class_named(module, func.id)
        if cls is not None:
            return plain_class(index, cls)
        factory = index.function_named(module, func.id)
        if factory is not None:  # ``settings = get_settings()``, its returns say which class
            instance = factory_instance(index, factory)
            if instance is None:
                return None
            if instance.path == index.filename:
                cls = module.classes.get(instance.name)
                return None if cls is None else plain_class(index, cls)
            return _plain_class_of(instance)
    made = index.imports.resolve(func) if isinstance(func, (ast.Name, ast.Attribute)) else None
    found = None if made is None else project_definition(index.filename, made)
    return None if found is None or found.kind != "class" else _plain_class_of(found)


def _plain_class_of(found: Definition) -> PlainClass | None:
    mtime = modification_time(found.path)
    return None if mtime is None else _plain_class_at(found.path, mtime, found.name, found.lineno)


@lru_cache(maxsize=1024)
def _plain_class_at(path: str, mtime_ns: int, name: str, lineno: int) -> PlainClass | None:
    del mtime_ns  # part of the cache key only
    index = module_index(path)
    cls = None if index is None else index.module.classes.get(name)
    if index is None or cls is None or cls.lineno != lineno:
        return None
    return plain_class(index, cls)
