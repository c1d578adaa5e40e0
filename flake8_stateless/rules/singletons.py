"""SLS110 stateful-singleton-in-handler: long-lived instances that keep state on self.

(a) Request scope calls a method of an instance that outlives the request (bound at
module level, in an app factory, or kept on application state), and the method
mutates a container on ``self`` or rebinds a ``self`` attribute. (b) Request scope
calls a function of another module of the project that mutates that module's
containers. Classes and functions of other project modules are resolved with
astroid (:mod:`..resolve`), lazily: only when request scope calls a method of, or
a function from, an imported name.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Final, NamedTuple

from ..config import Config
from ..containers import CACHE_CONSTRUCTORS
from ..context import Context, Finding
from ..lazy import once_guarded_calls
from ..model import ModuleIndex, Scope
from ..names import identifies
from ..project import (
    absolute,
    modification_time,
    module_containers,
    module_index,
    module_summary,
)
from ..resolve import Definition, project_definition, resolve
from ..scope import RequestScope
from ..semantic.classes import stateful_methods
from ..syntax import dotted
from .state import REMOVALS, Container, Containers, mutations

#: Attributes that hold application-wide state: ``app.state.repo``, Sanic ``app.ctx.repo``.
_STATE_ATTRIBUTES: Final = frozenset({"state", "ctx"})


class Instance(NamedTuple):
    """A long-lived instance: its class's name and stateful methods, and how it is kept."""

    class_name: str
    stateful: dict[str, str]  # method -> what it changes on self
    kept: str  # "bound at module level", "imported from module 'repository'", ...


def prepare(ctx: Context) -> Callable[[Scope], Iterator[Finding]]:
    finder = _Singletons(ctx)

    def check(scope: Scope) -> Iterator[Finding]:
        where = ctx.scope.where(scope.function)
        for call in scope.of(ast.Call):
            found = finder.stateful_call(scope, call)
            if found is not None:
                what, state = found
                yield Finding.at(call, "SLS110", what=what, where=where, state=state)

    return check


class _Singletons:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.index = ctx.index
        self.allowed = ctx.config.allowed
        self._app_state: dict[str, ast.Call] | None = None

    def stateful_call(self, scope: Scope, call: ast.Call) -> tuple[str, str] | None:
        func = call.func
        if isinstance(func, ast.Name):
            return self._imported_function(scope, func.id)
        if not isinstance(func, ast.Attribute):
            return None
        receiver = func.value
        if isinstance(receiver, ast.Name) and self._imported_module(scope, receiver.id):
            # import store; store.create_session(...): what the module's name is (a re-export too)
            qualified = f"{self._import_of(scope, receiver.id)}.{func.attr}"
            found = resolve(self.index.filename, qualified)
            if found is None or found.kind != "function":
                return None
            return self._function_effect(found, f"{receiver.id}.{func.attr}")
        instance = self._instance(scope, receiver)
        if instance is None:
            return None
        mutated = instance.stateful.get(func.attr)
        if mutated is None:
            return None
        name = instance.class_name
        what = f"'{dotted(receiver) or '...'}.{func.attr}()' ({name} instance {instance.kept})"
        return what, f"{name}.{func.attr} changes {mutated}"

    # -- (b) functions of other modules ---------------------------------------------

    def _imported_function(self, scope: Scope, name: str) -> tuple[str, str] | None:
        qualified = self._import_of(scope, name)
        if qualified is None:
            return None
        found = resolve(self.index.filename, qualified)
        if found is None or found.kind != "function":
            return None
        return self._function_effect(found, name)

    def _imported_module(self, scope: Scope, name: str) -> Definition | None:
        qualified = self._import_of(scope, name)
        if qualified is None:
            return None
        found = resolve(self.index.filename, qualified)
        return found if found is not None and found.kind == "module" else None

    def _function_effect(self, function: Definition, shown: str) -> tuple[str, str] | None:
        if function.name in self.allowed:
            return None
        mtime = modification_time(function.path)
        if mtime is None:
            return None
        effect = _function_effect(
            function.path, mtime, function.name, function.lineno, self.ctx.config.allowed_names
        )
        if effect is None:
            return None
        module = os.path.splitext(os.path.basename(function.path))[0]
        return f"'{shown}()' of module '{module}'", effect

    # -- (a) long-lived instances ------------------------------------------------------

    def _instance(self, scope: Scope, receiver: ast.expr) -> Instance | None:
        if isinstance(receiver, ast.Name):
            if receiver.id in self.allowed:
                return None
            owner = self.index.lookup(scope, receiver.id)
            if owner is None or owner is scope:
                return None
            if owner.is_function and owner.node in self.ctx.scope.reach:
                return None  # a local of an enclosing handler: made per request
            values = owner.values.get(receiver.id, [])
            if not values:
                return None
            if len(values) == 1 and isinstance(values[0], ast.Call):
                kept = (
                    "bound at module level"
                    if owner is self.index.module
                    else f"bound in app factory '{owner.function.name}'"
                )
                return self._made_by(owner, values[0], kept)
            if all(v is None for v in values):
                unpacked = self._unpacked(owner, receiver.id)
                if unpacked is not None:
                    factory_scope, element, factory = unpacked
                    return self._made_by(factory_scope, element, f"unpacked from '{factory}()'")
                if owner is self.index.module:
                    return self._imported_instance(receiver.id)
            return None
        if isinstance(receiver, ast.Attribute):
            value = receiver.value
            if isinstance(value, ast.Attribute) and value.attr in _STATE_ATTRIBUTES:
                made = self.app_state().get(receiver.attr)
                if made is not None and receiver.attr not in self.allowed:
                    return self._made_by(
                        self.index.module, made, f"kept on app.{value.attr}.{receiver.attr}"
                    )
            elif isinstance(value, ast.Name) and self._imported_module(scope, value.id):
                qualified = self._import_of(scope, value.id)
                return self._from_definition(
                    resolve(self.index.filename, f"{qualified}.{receiver.attr}"),
                    f"imported from module '{value.id}'",
                )
        return None

    def _unpacked(self, owner: Scope, name: str) -> tuple[Scope, ast.Call, str] | None:
        """``controller, registry = build()``, ``build`` a function of this module whose
        every return is a tuple of the same length: the call that makes ``name``'s element
        (``return Controller(), Registry()``, or a local made by one call and returned)."""
        for assign in owner.of(ast.Assign):
            target, value = assign.targets[0], assign.value
            if (
                len(assign.targets) != 1
                or not isinstance(target, (ast.Tuple, ast.List))
                or not isinstance(value, ast.Call)
                or not isinstance(value.func, ast.Name)
            ):
                continue
            names = [e.id if isinstance(e, ast.Name) else None for e in target.elts]
            if name not in names or any(isinstance(e, ast.Starred) for e in target.elts):
                continue
            factory = self.index.function_named(owner, value.func.id)
            if factory is None:
                return None
            made = self._returned_element(self.index.scopes[factory], names.index(name), len(names))
            return None if made is None else (self.index.scopes[factory], made, factory.name)
        return None

    @staticmethod
    def _returned_element(factory: Scope, position: int, size: int) -> ast.Call | None:
        returns = factory.of(ast.Return)
        found: ast.Call | None = None
        for statement in returns:
            value = statement.value
            if not isinstance(value, ast.Tuple) or len(value.elts) != size:
                return None
            element = value.elts[position]
            if isinstance(element, ast.Name):
                bound = factory.values.get(element.id, [])
                element = bound[0] if len(bound) == 1 and bound[0] is not None else element
            if not isinstance(element, ast.Call):
                return None
            if found is not None and dotted(found.func) != dotted(element.func):
                return None  # each return makes a different thing: not known which
            found = element
        return found

    def _imported_instance(self, name: str) -> Instance | None:
        qualified = self.index.imports.names.get(name)
        if qualified is None:
            return None
        module = qualified.rpartition(".")[0].lstrip(".") or qualified
        return self._from_definition(
            resolve(self.index.filename, qualified), f"imported from module '{module}'"
        )

    def _made_by(self, owner: Scope, call: ast.Call, kept: str) -> Instance | None:
        """The class of ``Cls(...)``: same module, or imported from the project (astroid)."""
        func = call.func
        if isinstance(func, ast.Name):
            cls = self.index.class_named(owner, func.id)
            if cls is not None:
                return Instance(cls.name, stateful_methods(self.index, cls), kept)
            qualified = self._import_of(owner, func.id)
        elif isinstance(func, ast.Attribute):
            qualified = self.index.imports.resolve(func)
        else:
            return None
        if qualified is None:
            return None
        found = resolve(self.index.filename, qualified)
        if found is None or found.kind != "class":
            return None
        return self._from_definition(found._replace(kind="instance"), kept)

    def _from_definition(self, found: Definition | None, kept: str) -> Instance | None:
        if found is None or found.kind != "instance":
            return None
        mtime = modification_time(found.path)
        if mtime is None:
            return None
        stateful = _class_state(found.path, mtime, found.name, found.lineno)
        return None if stateful is None else Instance(found.name, stateful, kept)

    def _import_of(self, scope: Scope, name: str) -> str | None:
        """The qualified import behind ``name`` as seen from ``scope``, if it is one."""
        owner = self.index.lookup(scope, name)
        if owner is not self.index.module or any(v is not None for v in owner.values.get(name, [])):
            return None
        return self.index.imports.names.get(name)

    def app_state(self) -> dict[str, ast.Call]:
        """``app.state.repo = Repo()`` (or ``app.ctx.repo``) set outside request scope."""
        if self._app_state is None:
            found: dict[str, ast.Call] = {}
            reach = self.ctx.scope.reach
            for scope in (self.index.module, *self.index.scopes.values()):
                if scope.node in reach:
                    continue
                for node in scope.of(ast.Assign):
                    if not isinstance(node.value, ast.Call):
                        continue
                    for target in node.targets:
                        if (
                            isinstance(target, ast.Attribute)
                            and isinstance(target.value, ast.Attribute)
                            and target.value.attr in _STATE_ATTRIBUTES
                        ):
                            found[target.attr] = node.value
            self._app_state = found
        return self._app_state


@lru_cache(maxsize=4096)
def _class_state(path: str, mtime_ns: int, name: str, lineno: int) -> dict[str, str] | None:
    """The stateful methods of class ``name`` of the module at ``path`` (a summary: the
    module's index is not kept)."""
    del mtime_ns  # part of the cache key only
    index = module_index(path)
    if index is None:
        return None
    for scope in index.classes():
        cls = scope.class_def
        if cls.name == name and cls.lineno == lineno:
            return stateful_methods(index, cls)
    return None


#: How many calls deep SLS110(b) follows project functions, and how many it looks at from
#: one call in request scope: the modules on the way are summarized once each.
_MAX_DEPTH: Final = 6
_MAX_FUNCTIONS: Final = 64


class _Effect(NamedTuple):
    """What a top-level function of a module does to shared state: its own first write to a
    container of the project (``it changes ...``), and the project functions it calls (a
    top-level name of its module, or a name as its imports qualify it)."""

    own: str | None
    calls: tuple[str, ...]


@lru_cache(maxsize=4096)
def _function_effect(
    path: str, mtime_ns: int, name: str, lineno: int, allowed: tuple[str, ...]
) -> str | None:
    """What top-level function ``name`` of another project module changes among the
    containers of any project module, itself or through the project functions it calls
    (to a bounded depth; each module on the way is summarized once)."""
    del mtime_ns  # part of the cache key only
    summarize = _summarizer(allowed)
    effects = module_summary(path, summarize)
    start = None if effects is None else effects.get(name)
    if start is None or start[0] != lineno:
        return None
    seen = {(path, name)}
    level: list[tuple[str, str, _Effect]] = [(path, name, start[1])]
    for _depth in range(_MAX_DEPTH):
        following: list[tuple[str, str, _Effect]] = []
        for where, function, effect in level:
            if effect.own is not None:
                if (where, function) == (path, name):
                    return effect.own
                module = os.path.splitext(os.path.basename(where))[0]
                return f"{effect.own} (through '{module}.{function}()')"
            for called in effect.calls:
                target = _called(where, called)
                if target is None or target in seen or len(seen) >= _MAX_FUNCTIONS:
                    continue
                seen.add(target)
                found = module_summary(target[0], summarize)
                entry = None if found is None else found.get(target[1])
                if entry is not None and (entry[1].own is not None or entry[1].calls):
                    following.append((*target, entry[1]))
        level = following
    return None


def _called(importer: str, called: str) -> tuple[str, str] | None:
    """Where a function an effect names is defined: a top-level name of the importer's own
    module, or an imported one."""
    if "." not in called:
        return importer, called
    found = project_definition(importer, called)
    if found is None or found.kind != "function":
        return None
    return absolute(found.path), found.name


@lru_cache(maxsize=8)
def _summarizer(
    allowed: tuple[str, ...],
) -> Callable[[ModuleIndex], dict[str, tuple[int, _Effect]]]:
    """The summary of a module's top-level functions (one function object per allowed list:
    the summaries are cached by it)."""

    def summarize(index: ModuleIndex) -> dict[str, tuple[int, _Effect]]:
        config = Config(allowed_names=allowed)
        ctx = Context(index, RequestScope(index, config), config)
        own = module_containers(index.filename)
        module = index.module
        found: dict[str, tuple[int, _Effect]] = {}
        changes: dict[str, list[tuple[Container, bool]]] = {}
        for function_name, node in module.functions.items():
            scope = index.scopes[node]
            resolver = Containers(ctx, scope, own, {}, config.allowed)
            changes[function_name] = [
                (container, _removes(write))
                for write, container, key in mutations(ctx, scope, resolver)
                if not (isinstance(write, ast.Assign) and _shared_memo(config, container, key))
            ]
        # Taking out of a container that the module only fills lazily (a cache of clients
        # pruned of dead ones) keeps nothing; of one it stores into (carts), it changes state.
        stored = {c for writes in changes.values() for c, removes in writes if not removes}
        for function_name, node in module.functions.items():
            state = next(
                (
                    f"it changes {container.describe()}"
                    for container, removes in changes[function_name]
                    if not removes or container in stored
                ),
                None,
            )
            found[function_name] = (node.lineno, _Effect(state, _calls(index, index.scopes[node])))
        return found

    return summarize


def _shared_memo(config: Config, container: Container, key: ast.expr | None) -> bool:
    """A cache of another module filled (``cache[key] = value``; appending is not filling:
    ``recent_results.appendleft(response)``) under a key that names no user, session, token or
    tenant (``_connector_cache[source]``, ``_TOKENIZER_CACHE[(provider, model)]``): a memo of
    what any instance computes the same; SLS105 judges caches where request scope writes
    them. Keyed by an identity (``_CACHE[tenant_id]``), it is per-user state: it counts."""
    cache = container.kind.name in CACHE_CONSTRUCTORS.values() or config.matches(
        "cache_names", container.name
    )
    if not cache or key is None:
        return False
    parts = [
        n.id if isinstance(n, ast.Name) else n.attr
        for n in ast.walk(key)
        if isinstance(n, (ast.Name, ast.Attribute))
    ]
    return not any(identifies(part) or part.lower() in _USER_PARTS for part in parts)


#: Parts of a key that name its user (``query_cache[user.uuid]``, ``(user, query)``).
_USER_PARTS: Final = frozenset({"user", "uuid", "user_uuid", "username"})


def _removes(node: ast.AST) -> bool:
    """``_connections.pop(dead_loop)``, ``del cache[k]``: taking out of a container."""
    if isinstance(node, ast.Delete):
        return True
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in REMOVALS
    )


def _calls(index: ModuleIndex, scope: Scope) -> tuple[str, ...]:
    """The project functions a function may call: ``helper()`` of its module, ``record()``
    imported by name, ``audit.record()`` of an imported module (in the order of the calls)."""
    module = index.module
    names = index.imports.names
    found: dict[str, None] = {}
    once = once_guarded_calls(index, scope)
    for call in scope.of(ast.Call):
        if id(call) in once:
            continue  # ``if not _LOADED: load_index()``: set up once, not per request
        func = call.func
        if isinstance(func, ast.Name):
            if index.lookup(scope, func.id) is not module:
                continue
            if func.id in module.functions and index.function_named(scope, func.id) is not None:
                found[func.id] = None
            elif func.id in names and not any(module.values.get(func.id, ())):
                found[names[func.id]] = None
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in names
            and index.lookup(scope, func.value.id) is module
            and not any(module.values.get(func.value.id, ()))
        ):
            found[f"{names[func.value.id]}.{func.attr}"] = None
    return tuple(found)
