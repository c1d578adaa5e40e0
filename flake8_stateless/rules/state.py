"""SLS101, SLS103, SLS104, SLS105(a): process-wide containers that request scope mutates.

A container is bound at module level, in an enclosing app factory, or in another
module of the linted project; request scope mutates it directly, at any depth,
or through a local alias of it or of one of its elements. SLS103/104/105 say
what kind of state it is (sessions, chat history, a cache) and replace SLS101.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from typing import Final, NamedTuple

from ..containers import (
    CACHE_CONSTRUCTORS,
    COUNTER,
    MUTATING_METHODS,
    ContainerKind,
    scope_containers,
)
from ..context import Context, Finding
from ..frameworks import GlobSet
from ..model import WRITES_AND_CALLS, Scope
from ..project import imported_container
from ..syntax import written_targets

#: Calls that hand back an element of the container, so mutating the result mutates it.
_ELEMENT_GETTERS: Final = frozenset({"get", "setdefault", "__getitem__"})
#: Functions that mutate the container passed first.
_MUTATING_FUNCTIONS: Final = frozenset(
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
#: Iterating these over a container yields its elements (index: where in a tuple target).
_ELEMENT_ITERATORS: Final = {"values": None, "items": 1}
_WRAPPING_ITERATORS: Final = {"enumerate": 1, "reversed": None, "sorted": None}

#: What a function does to containers, in order: writes, calls, loops (aliases) and walruses.
_EVENTS: Final = (*WRITES_AND_CALLS, ast.For, ast.AsyncFor, ast.NamedExpr)

#: Keys that make a write a session/token store whatever the container's name.
SESSION_KEYS: Final = GlobSet(
    (
        "session_id",
        "sessionid",
        "sid",
        "session_key",
        "*_session_id",
        "session_token",
        "token",
        "*_token",
        "jti",
        "api_key",
        "apikey",
        "token_id",
    )
)

_MEMORY_PACKAGES: Final = frozenset(
    {
        "langchain",
        "langchain_core",
        "langchain_community",
        "langchain_classic",
        "llama_index",
        "langgraph",
    }
)
#: In-memory chat memory classes of LangChain, LlamaIndex and LangGraph.
CHAT_MEMORY_CLASSES: Final = frozenset(
    {
        "ConversationBufferMemory",
        "ConversationBufferWindowMemory",
        "ConversationSummaryMemory",
        "ConversationSummaryBufferMemory",
        "ConversationTokenBufferMemory",
        "ConversationEntityMemory",
        "ChatMessageHistory",
        "InMemoryChatMessageHistory",
        "ChatMemoryBuffer",
        "ChatSummaryMemoryBuffer",
        "SimpleChatStore",
        "MemorySaver",
        "InMemorySaver",
        "InMemoryStore",
    }
)


class Container(NamedTuple):
    """A container that outlives the request."""

    name: str
    kind: ContainerKind
    owner: str  # "" for this module's top level, else the factory or module name
    owner_is_module: bool = False

    def describe(self) -> str:
        if not self.owner:
            return f"module-level {self.kind.name} '{self.name}'"
        if self.owner_is_module:
            return f"{self.kind.name} '{self.name}' of module '{self.owner}'"
        return f"{self.kind.name} '{self.name}' of app factory '{self.owner}'"

    def quoted(self) -> str:
        if not self.owner:
            return f"'{self.name}'"
        return f"'{self.name}' ({self.describe()})"


def prepare(ctx: Context) -> Callable[[Scope], Iterator[Finding]]:
    allowed = GlobSet(ctx.config.allowed_names)
    module = {
        name: kind
        for name, kind in scope_containers(ctx.index, ctx.index.module).items()
        if name not in allowed
    }
    memories = _chat_memories(ctx, allowed)
    factories: dict[Scope, dict[str, ContainerKind]] = {}

    def check(scope: Scope) -> Iterator[Finding]:
        resolver = MutationFinder(ctx, scope, module, factories, allowed)
        where = ctx.scope.where(scope.node)  # type: ignore[arg-type]
        for node, container, key in resolver.mutations():
            finding = _finding(ctx, node, container, key, where)
            if finding is not None:
                yield finding
        if memories:
            yield from _memory_uses(ctx, scope, memories, where)

    return check


def _finding(
    ctx: Context, node: ast.AST, container: Container, key: ast.expr | None, where: str
) -> Finding | None:
    config = ctx.config
    is_cache = container.kind.name in CACHE_CONSTRUCTORS.values()
    if not is_cache and (config.matches("session_names", container.name) or _is_session_key(key)):
        return Finding.at(node, "SLS103", obj=container.quoted(), where=where)
    if not is_cache and config.matches("history_names", container.name):
        return Finding.at(node, "SLS104", obj=container.quoted(), where=where)
    if is_cache or config.matches("cache_names", container.name):
        if isinstance(key, ast.Constant):
            return None  # one process-wide value under a fixed key, the same for every user
        what = f"in-process cache {container.quoted()} is written in {where}"
        return Finding.at(node, "SLS105", what=what)
    return Finding.at(node, "SLS101", obj=container.describe(), where=where)


def _is_session_key(key: ast.expr | None) -> bool:
    if isinstance(key, ast.Name):
        return key.id.lower() in SESSION_KEYS
    if isinstance(key, ast.Attribute):
        return key.attr.lower() in SESSION_KEYS
    if isinstance(key, ast.Subscript) and isinstance(key.slice, ast.Constant):
        return str(key.slice.value).lower() in SESSION_KEYS  # payload["jti"]
    return False


class MutationFinder:
    """Finds, in one function, the mutations of containers that outlive its call."""

    def __init__(
        self,
        ctx: Context,
        scope: Scope,
        module: dict[str, ContainerKind],
        factories: dict[Scope, dict[str, ContainerKind]],
        allowed: GlobSet,
    ) -> None:
        self.ctx = ctx
        self.scope = scope
        self.module = module
        self.factories = factories
        self.allowed = allowed
        #: local name -> the container it aliases (or an element of it)
        self.aliases: dict[str, Container] = {}

    def mutations(self) -> Iterator[tuple[ast.AST, Container, ast.expr | None]]:
        scope = self.scope
        for node in scope.in_order(_EVENTS):
            if isinstance(node, ast.Call):
                found = self._call(node)
                if found is not None:
                    yield (node, *found)
                continue
            if isinstance(node, (ast.For, ast.AsyncFor)):
                self._loop_alias(node.target, node.iter)
                continue
            for target in written_targets(node):
                found = self._target(target)
                if found is not None:
                    yield (node, *found)
                    break
            value = getattr(node, "value", None)
            if isinstance(node, (ast.Assign, ast.AnnAssign, ast.NamedExpr)):
                for target in written_targets(node):
                    if isinstance(target, ast.Name):
                        self._set_alias(target.id, value)

    # -- resolution --------------------------------------------------------------

    def _container(self, root: ast.Name, steps: list[ast.expr]) -> tuple[Container, int] | None:
        """The long-lived container ``root`` is (and how many steps naming it took)."""
        name = root.id
        if name in self.aliases:
            return self.aliases[name], 0
        index = self.ctx.index
        owner = index.lookup(self.scope, name)
        if owner is None or owner is self.scope:
            return None
        if owner is index.module:
            if name in self.module:
                return Container(name, self.module[name], ""), 0
            return self._imported(name, steps)
        if owner.is_function and owner.node not in self.ctx.scope.reach:
            # A container of an enclosing app factory, shared by every request it serves.
            containers = self.factories.get(owner)
            if containers is None:
                containers = scope_containers(index, owner)
                self.factories[owner] = containers
            if name in containers and name not in self.allowed:
                factory = owner.node.name  # type: ignore[union-attr]
                return Container(name, containers[name], factory), 0
        return None

    def _imported(self, name: str, steps: list[ast.expr]) -> tuple[Container, int] | None:
        qualified = self.ctx.index.imports.names.get(name)
        if qualified is None:
            return None
        filename = self.ctx.index.filename
        last = steps[-1] if steps else None
        if isinstance(last, ast.Attribute):
            found = imported_container(filename, f"{qualified}.{last.attr}")
            if found is not None and found[1] not in self.allowed:
                return Container(found[1], found[2], found[0], owner_is_module=True), 1
        found = imported_container(filename, qualified)
        if found is not None and found[1] not in self.allowed:
            return Container(found[1], found[2], found[0], owner_is_module=True), 0
        return None

    def _resolve(self, expr: ast.expr) -> tuple[Container, list[ast.expr]] | None:
        """Strip subscripts, attributes and element getters down to a long-lived container.

        Returns the container and the steps above it, outermost first."""
        steps: list[ast.expr] = []
        node = expr
        while True:
            if isinstance(node, (ast.Subscript, ast.Attribute)):
                steps.append(node)
                node = node.value
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _ELEMENT_GETTERS
            ):
                steps.append(node)
                node = node.func.value
            else:
                break
        if not isinstance(node, ast.Name):
            return None
        found = self._container(node, steps)
        if found is None:
            return None
        container, consumed = found
        return container, steps[: len(steps) - consumed]

    def _target(self, target: ast.expr) -> tuple[Container, ast.expr | None] | None:
        if not isinstance(target, (ast.Subscript, ast.Attribute)):
            return None
        resolved = self._resolve(target)
        if resolved is None or not resolved[1]:
            return None
        container, steps = resolved
        return container, _key(steps[-1])

    def _call(self, call: ast.Call) -> tuple[Container, ast.expr | None] | None:
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATING_METHODS:
            resolved = self._resolve(func.value)
            if resolved is not None:
                container, steps = resolved
                if not steps and container.kind.name == COUNTER:
                    return None
                if len(steps) == 1 and container.kind.holds_objects:
                    return None  # a method of a registered object, not of the container
                key = _key(steps[-1]) if steps else (call.args[0] if call.args else None)
                return container, key
            return None
        if not call.args:
            return None
        if isinstance(func, ast.Name) and func.id == "next":
            resolved = self._resolve(call.args[0])
            if resolved is not None and resolved[0].kind.name == COUNTER and not resolved[1]:
                return resolved[0], None
            return None
        qualified = self.ctx.index.imports.resolve(func)
        if qualified in _MUTATING_FUNCTIONS:
            resolved = self._resolve(call.args[0])
            if resolved is not None:
                return resolved[0], None
        return None

    # -- aliases -------------------------------------------------------------------

    def _set_alias(self, name: str, value: ast.expr | None) -> None:
        # Only the container itself or one of its elements: a call such as dict(x) is a copy.
        aliasing = isinstance(value, (ast.Name, ast.Subscript, ast.Attribute)) or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in _ELEMENT_GETTERS
        )
        resolved = self._resolve(value) if aliasing and value is not None else None
        if resolved is not None:
            self.aliases[name] = resolved[0]
        else:
            self.aliases.pop(name, None)

    def _loop_alias(self, target: ast.expr, iterable: ast.expr) -> None:
        position: int | None = None
        source = iterable
        if isinstance(source, ast.Call) and not source.keywords:
            func = source.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr in _ELEMENT_ITERATORS
                and not source.args
            ):
                position, source = _ELEMENT_ITERATORS[func.attr], func.value
            elif isinstance(func, ast.Name) and func.id in _WRAPPING_ITERATORS and source.args:
                position, source = _WRAPPING_ITERATORS[func.id], source.args[0]
        element = target
        if position is not None:
            if not isinstance(target, (ast.Tuple, ast.List)) or len(target.elts) <= position:
                self._clear(target)
                return
            element = target.elts[position]
        resolved = self._resolve(source)
        self._clear(target)
        if resolved is not None and isinstance(element, ast.Name):
            self.aliases[element.id] = resolved[0]

    def _clear(self, target: ast.expr) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                self.aliases.pop(node.id, None)


def _key(step: ast.expr) -> ast.expr | None:
    if isinstance(step, ast.Subscript):
        return step.slice
    if isinstance(step, ast.Call) and step.args:
        return step.args[0]
    return None


def _chat_memories(ctx: Context, allowed: GlobSet) -> dict[str, str]:
    """Module-level LangChain/LlamaIndex/LangGraph in-memory chat memory objects -> class."""
    found: dict[str, str] = {}
    imports = ctx.index.imports
    if _MEMORY_PACKAGES.isdisjoint(imports.packages):
        return found
    for name, values in ctx.index.module.values.items():
        if name in allowed or len(values) != 1 or not isinstance(values[0], ast.Call):
            continue
        qualified = imports.resolve(values[0].func)
        if qualified is None or qualified.partition(".")[0] not in _MEMORY_PACKAGES:
            continue
        parts = qualified.split(".")
        if parts[-1] in CHAT_MEMORY_CLASSES:
            found[name] = parts[-1]
        elif len(parts) > 1 and parts[-2] in CHAT_MEMORY_CLASSES and parts[-1].startswith("from_"):
            found[name] = parts[-2]
    return found


def _memory_uses(
    ctx: Context, scope: Scope, memories: dict[str, str], where: str
) -> Iterator[Finding]:
    lines: set[int] = set()
    for node in scope.of(ast.Name):
        if (
            node.id in memories
            and node.lineno not in lines
            and ctx.index.lookup(scope, node.id) is ctx.index.module
        ):
            lines.add(node.lineno)
            obj = f"'{node.id}' ({memories[node.id]})"
            yield Finding.at(node, "SLS104", obj=obj, where=where)
