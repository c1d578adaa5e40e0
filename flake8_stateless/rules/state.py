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

from ..containers import CACHE_CONSTRUCTORS, COUNTER, ContainerKind, scope_containers
from ..context import Context, Finding
from ..frameworks import GlobSet
from ..lazy import lazy_assignments
from ..model import Scope
from ..names import SESSION_KEYS
from ..project import imported_container
from ..semantic.effects import How, Write, writes
from ..semantic.functions import call_parameters

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
    allowed = ctx.config.allowed
    module = {
        name: kind
        for name, kind in scope_containers(ctx.index, ctx.index.module).items()
        if name not in allowed
    }
    memories = _chat_memories(ctx, allowed)
    factories: dict[Scope, dict[str, ContainerKind]] = {}

    def check(scope: Scope) -> Iterator[Finding]:
        containers = Containers(ctx, scope, module, factories, allowed)
        where = ctx.scope.where(scope.function)
        for node, container, key in mutations(ctx, scope, containers):
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
    # rules.md section 2: the container's own name decides first, then its key.
    if not is_cache and config.matches("session_names", container.name):
        return Finding.at(node, "SLS103", obj=container.quoted(), where=where)
    if not is_cache and config.matches("history_names", container.name):
        return Finding.at(node, "SLS104", obj=container.quoted(), where=where)
    if is_cache or config.matches("cache_names", container.name):
        what = f"in-process cache {container.quoted()} is written in {where}"
        return Finding.at(node, "SLS105", what=what)
    if _is_session_key(key):
        return Finding.at(node, "SLS103", obj=container.quoted(), where=where)
    return Finding.at(node, "SLS101", obj=container.describe(), where=where)


def _is_session_key(key: ast.expr | None) -> bool:
    if isinstance(key, ast.Name):
        return key.id.lower() in SESSION_KEYS
    if isinstance(key, ast.Attribute):
        return key.attr.lower() in SESSION_KEYS
    if isinstance(key, ast.Subscript) and isinstance(key.slice, ast.Constant):
        return str(key.slice.value).lower() in SESSION_KEYS  # payload["jti"]
    return False


class Containers:
    """Which containers that outlive a call a function's expressions are: the resolver the
    write engine asks (:func:`..semantic.effects.writes`)."""

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

    def __call__(self, expr: ast.expr) -> Container | None:
        if isinstance(expr, ast.Name):
            return self._named(expr.id)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
            # ``store.sessions``: a container of another module of the project
            return self._imported(expr.value.id, expr.attr)
        return None

    def _named(self, name: str) -> Container | None:
        index = self.ctx.index
        owner = index.lookup(self.scope, name)
        if owner is None or owner is self.scope:
            return None
        if owner is index.module:
            if name in self.module:
                return Container(name, self.module[name], "")
            return self._imported(name, None)
        if owner.is_function and owner.node not in self.ctx.scope.reach:
            # A container of an enclosing app factory, shared by every request it serves.
            containers = self.factories.get(owner)
            if containers is None:
                containers = scope_containers(index, owner)
                self.factories[owner] = containers
            if name in containers and name not in self.allowed:
                factory = owner.function.name
                return Container(name, containers[name], factory)
        return None

    def _imported(self, name: str, attribute: str | None) -> Container | None:
        """``from store import sessions`` (``attribute`` None) or ``store.sessions``."""
        index = self.ctx.index
        qualified = index.imports.names.get(name)
        if qualified is None:
            return None
        if attribute is not None:
            if index.lookup(self.scope, name) is not index.module:
                return None
            qualified = f"{qualified}.{attribute}"
        found = imported_container(index.filename, qualified)
        if found is None or found[1] in self.allowed:
            return None
        return Container(found[1], found[2], found[0], owner_is_module=True)


def mutations(
    ctx: Context, scope: Scope, containers: Containers
) -> Iterator[tuple[ast.AST, Container, ast.expr | None]]:
    """The writes of one function that change a container: not a rebinding of the name
    (SLS102's business), not a method of an object a registry holds, not a counter's own
    method, and none of the writes that keep nothing of a request (:class:`_Memos`)."""
    memos = _Memos(ctx, scope)
    for write in writes(scope, containers, ctx.index.imports):
        container = write.root
        how = write.how
        if write.rebinds and not _augments_in_place(write):
            continue
        if how is How.METHOD:
            if not write.steps and container.kind.name == COUNTER:
                continue
            if write.depth == 1 and container.kind.holds_objects:
                continue  # a method of a registered object, not of the container
        elif how is How.NEXT and (container.kind.name != COUNTER or write.steps):
            continue
        if memos.keeps_nothing(write):
            continue
        yield write.node, container, write.key


def _augments_in_place(write: Write[Container]) -> bool:
    """``state.telemetry += [event]`` on another module's container: ``__iadd__`` changes the
    list in place (a name of this module augmented, ``total += 1``, is SLS102's rebinding)."""
    node = write.node
    return (
        write.how is How.AUGMENT
        and write.root.owner_is_module
        and isinstance(node, ast.AugAssign)
        and isinstance(node.target, ast.Attribute)
    )


#: Methods that only take something out of a container.
REMOVALS: Final = frozenset({"clear", "pop", "popitem", "discard", "remove", "__delitem__"})


class _Memos:
    """Writes to a process-wide container that keep nothing of a request (rules.md,
    clarifications): one value under a fixed key (``_cache["config"] = load_config()``, or a
    helper's parameter that every call fixes: ``get_secret("db")``), a keyed fill of a client
    or model made once per key (:func:`..lazy.lazy_assignments`), and invalidation of a cache
    (removing entries stores nothing)."""

    def __init__(self, ctx: Context, scope: Scope) -> None:
        self.ctx = ctx
        self.scope = scope
        self._parameters: set[str] | None = None
        self._fixed: frozenset[str] | None = None
        self._lazy: set[int] | None = None

    @property
    def parameters(self) -> set[str]:
        """The parameters that may carry the request's data (not those every call fixes)."""
        if self._parameters is None:
            names = (
                {a.arg for a in call_parameters(self.scope)} if self.scope.is_function else set()
            )
            self._parameters = names - self.fixed
        return self._parameters

    @property
    def fixed(self) -> frozenset[str]:
        if self._fixed is None:
            self._fixed = _fixed_parameters(self.ctx, self.scope)
        return self._fixed

    def keeps_nothing(self, write: Write[Container]) -> bool:
        how, node = write.how, write.node
        if how is How.DELETE or (how is How.METHOD and write.method in REMOVALS):
            return write.depth == 0 and self._is_cache(write.root)
        if how is How.ASSIGN and isinstance(node, ast.Assign):
            value = node.value
            if (
                len(write.steps) == 1
                and self._constant(write.key)
                and not self._from_request(value, write.root)
            ):
                return True
            # a fill, also through an alias of a part (``domain = CACHE[d]; domain[k] = v``)
            return id(node) in self._lazy_assignments()
        if how is How.METHOD and write.method == "setdefault" and not write.steps:
            call: ast.Call = node  # type: ignore[assignment]
            return self._constant(write.key) and not any(
                self._from_request(a, write.root) for a in call.args[1:]
            )
        return False

    def _is_cache(self, container: Container) -> bool:
        return container.kind.name in CACHE_CONSTRUCTORS.values() or self.ctx.config.matches(
            "cache_names", container.name
        )

    def _constant(self, key: ast.expr | None) -> bool:
        """A literal key, a name bound only to literals (``_KEY = "options"``), or a parameter
        every call fixes (see :func:`_fixed_parameters`)."""
        if isinstance(key, ast.Name) and key.id in self.fixed:
            return True
        return _literal(self.ctx, self.scope, key)

    def _from_request(self, value: ast.expr, container: Container) -> bool:
        """The value mentions a parameter of the function (the request's data), or the
        container itself (``hits["n"] = hits.get("n", 0) + 1`` counts requests)."""
        return any(
            isinstance(n, ast.Name) and (n.id in self.parameters or n.id == container.name)
            for n in ast.walk(value)
        )

    def _lazy_assignments(self) -> set[int]:
        if self._lazy is None:
            self._lazy = lazy_assignments(self.scope)
        return self._lazy


def _literal(ctx: Context, scope: Scope, expr: ast.expr | None) -> bool:
    """A literal, or a name bound only to literals (``_KEY = "options"``), seen from ``scope``."""
    if isinstance(expr, ast.Constant):
        return True
    if not isinstance(expr, ast.Name):
        return False
    owner = ctx.index.lookup(scope, expr.id)
    values = owner.values.get(expr.id, ()) if owner is not None else ()
    return bool(values) and all(isinstance(v, ast.Constant) for v in values)


def _fixed_parameters(ctx: Context, scope: Scope) -> frozenset[str]:
    """Parameters of a module-level helper (request scope only as a helper, not a handler the
    framework calls with the request's data) to which every use of it in the module, each a
    plain call, passes a literal: ``get_secret("db-password")``. A cache keyed by one holds a
    value per literal, fetched once (frameworks.md C.5: parameters and secrets fetched once)."""
    node = scope.function
    index = ctx.index
    reach = ctx.scope.reach.get(node)
    if reach is None or reach.via is None or index.defined_in.get(node) is not index.module:
        return frozenset()
    name = node.name
    params = [a.arg for a in call_parameters(scope)]
    defaults = _defaults(node)
    fixed = set(params)
    uses = 0
    for other in (index.module, *index.scopes.values()):
        called = {id(c.func) for c in other.of(ast.Call)}
        for use in other.of(ast.Name):
            if use.id != name or not isinstance(use.ctx, ast.Load):
                continue
            if id(use) not in called or index.lookup(other, name) is not index.module:
                return frozenset()  # handed on (``submit(get_secret, name)``): arguments unknown
            uses += 1
        for call in other.of(ast.Call):
            if isinstance(call.func, ast.Name) and call.func.id == name:
                fixed &= _literal_arguments(ctx, other, call, params, defaults)
    return frozenset(fixed) if uses else frozenset()


def _defaults(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    found = dict(
        zip(
            [a.arg for a in positional[len(positional) - len(args.defaults) :]],
            args.defaults,
            strict=True,
        )
    )
    found.update(
        {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None}
    )
    return found


def _literal_arguments(
    ctx: Context, scope: Scope, call: ast.Call, params: list[str], defaults: dict[str, ast.expr]
) -> set[str]:
    """The parameters to which ``call`` passes a literal (or leaves a literal default)."""
    if any(isinstance(a, ast.Starred) for a in call.args) or any(
        k.arg is None for k in call.keywords
    ):
        return set()
    given: dict[str, ast.expr] = dict(zip(params, call.args, strict=False))
    given.update({k.arg: k.value for k in call.keywords if k.arg is not None})
    return {
        p
        for p in params
        if (_literal(ctx, scope, given[p]) if p in given else _literal(ctx, scope, defaults.get(p)))
    }


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
