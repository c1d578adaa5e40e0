"""SLS201 missing-idempotency-key: a POST or PATCH handler that writes (:mod:`.writes`) and
accepts no idempotency key.

A handler accepts one when it, what it uses of this module (helpers, dependencies,
decorators, its class's non-handler methods), or something wired for the whole file
(middleware, hooks, an idempotency package) names the key.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator
from typing import Final

from ...containers import scope_containers
from ...context import Context, Finding
from ...frameworks import GlobSet, every
from ...model import FunctionNode
from ...semantic.classes import class_chain
from ...semantic.functions import parameters
from ...syntax import constant_str
from ..state import Containers, mutations
from .common import FUNCTION_TYPES
from .routes import WRITE_METHODS, registrations, route_handlers
from .writes import writes

#: What marks code as handling idempotency keys: any identifier with this in it
#: (``idempotency_key``, ``IdempotencyMiddleware``, ``@idempotent``), or a header-like
#: string (``"Idempotency-Key"``, ``"HTTP_IDEMPOTENCY_KEY"``).
_KEY_WORD: Final = "idempot"
#: Packages whose middleware or decorators handle idempotency keys: a file importing one is
#: not reported (its middleware may be configured elsewhere, e.g. in Django's settings).
#: Powertools' ``@idempotent`` serves Lambda handlers, which no framework record has yet.
IDEMPOTENCY_PACKAGES: Final = GlobSet(
    (
        *sorted(every(lambda fw: fw.routes.idempotency_packages)),
        "aws_lambda_powertools.utilities.idempotency*",
    )
)
#: Decorators that run a function for every request of the app or blueprint: a hook that
#: reads the key covers every handler in the file.
_GLOBAL_HOOKS: Final = every(lambda fw: fw.routes.request_hooks)
_MIDDLEWARE_DECORATORS: Final = every(lambda fw: fw.routes.hook_decorators)


def _is_key_text(text: str) -> bool:
    return len(text) <= 64 and not any(c.isspace() for c in text) and _KEY_WORD in text.lower()


def _methods_of(cls: ast.ClassDef) -> list[FunctionNode]:
    return [stmt for stmt in cls.body if isinstance(stmt, FUNCTION_TYPES)]


def _walk(nodes: Iterable[ast.AST]) -> Iterator[ast.AST]:
    """Every node under ``nodes`` (``ast.walk`` is iterative: no recursion limit)."""
    for node in nodes:
        yield from ast.walk(node)


def _signature(node: FunctionNode) -> list[ast.AST]:
    """What a def evaluates outside its body: decorators, defaults, annotations."""
    args = node.args
    parts: list[ast.AST] = [*node.decorator_list, *args.defaults]
    parts += [d for d in args.kw_defaults if d is not None]
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg):
        if arg is not None and arg.annotation is not None:
            parts.append(arg.annotation)
    return parts


class _KeyFinder:
    """Whether a handler accepts an idempotency key: itself, its helpers, its class, the file."""

    def __init__(self, ctx: Context, routes: set[ast.AST]) -> None:
        self.ctx = ctx
        #: route handlers (functions with HTTP methods, class-based views): naming one at
        #: module level registers it, it does not wire anything for the whole file
        self.routes = routes
        self._mentions: dict[ast.AST, bool] = {}
        #: nodes whose whole closure was searched without finding a key
        self._no_key: set[ast.AST] = set()
        module = ctx.index.module
        #: module-level names bound to a header-like string (``KEY_HEADER = "Idempotency-Key"``)
        self.key_constants = {
            name
            for name, values in module.values.items()
            if any(_is_key_text(constant_str(v) or "") for v in values)
        }

    def _expr_mentions(self, nodes: Iterable[ast.AST]) -> bool:
        for node in nodes:
            if isinstance(node, ast.Name):
                if _KEY_WORD in node.id.lower() or node.id in self.key_constants:
                    return True
            elif isinstance(node, ast.Attribute):
                if _KEY_WORD in node.attr.lower():
                    return True
            elif isinstance(node, ast.Constant) and _is_key_text(constant_str(node) or ""):
                return True
        return False

    def mentions(self, node: ast.AST) -> bool:
        """A function or class whose own code names an idempotency key."""
        known = self._mentions.get(node)
        if known is not None:
            return known
        scope = self.ctx.index.scopes[node]
        own: list[ast.AST] = [
            *scope.of(ast.Name),
            *scope.of(ast.Attribute),
            *scope.of(ast.Constant),
        ]
        if isinstance(node, ast.ClassDef):
            # A class scope also holds its methods' decorators and defaults: those are the
            # methods' own business (one handler's key parameter covers no other handler).
            methods = {id(n) for m in _methods_of(node) for n in _walk(_signature(m))}
            own = [n for n in own if id(n) not in methods]
        found = self._expr_mentions(own)
        if isinstance(node, FUNCTION_TYPES):
            found = (
                found
                or any(_KEY_WORD in a.arg.lower() for a in parameters(node))
                or self._expr_mentions(_walk(_signature(node)))
            )
        elif isinstance(node, ast.ClassDef):
            found = found or self._expr_mentions(_walk(node.decorator_list))
        self._mentions[node] = found
        return found

    def accepts(self, start: ast.AST) -> bool:
        """``start`` (a function or class), or what it uses of this module (helpers,
        dependencies, decorators; for a method, its class's and same-module bases'
        non-handler methods such as ``dispatch``), reads a key."""
        index = self.ctx.index
        todo: list[ast.AST] = [start]
        seen: set[ast.AST] = set()
        while todo:
            node = todo.pop()
            if node in seen or node in self._no_key:
                continue
            seen.add(node)
            if self.mentions(node):
                return True
            if isinstance(node, ast.ClassDef):
                # dispatch/prepare/helpers and mixins, not the class's other HTTP handlers
                todo.extend(m for m in _methods_of(node) if m not in self.routes)
                continue
            if not isinstance(node, FUNCTION_TYPES):
                continue
            scope = index.scopes[node]
            used = [n for n in _walk(_signature(node)) if isinstance(n, ast.Name)]
            for name in (*scope.of(ast.Name), *used):
                target: ast.AST | None = index.function_named(scope, name.id)
                if target is None:
                    target = index.class_named(scope, name.id)
                if target is not None:
                    todo.append(target)
            owner = index.defined_in[node]
            if owner.is_class:
                todo.extend(class_chain(self.ctx.index, owner.class_def))
        # Everything searched uses only what was searched: none of it reads a key either.
        self._no_key |= seen
        return False

    def whole_file(self) -> bool:
        """The file imports an idempotency package, or wires a key-reading middleware,
        dependency or hook for the whole app (outside any one handler's signature)."""
        index = self.ctx.index
        if any(q in IDEMPOTENCY_PACKAGES for q in index.imports.names.values()):
            return True
        module = index.module
        own_parts: set[int] = set()
        functions: list[FunctionNode] = [*module.of(ast.FunctionDef)]
        functions.extend(module.of(ast.AsyncFunctionDef))
        for function in functions:
            own_parts.update(id(n) for n in _walk(_signature(function)))
        for cls in module.of(ast.ClassDef):
            own_parts.update(id(n) for n in _walk([*cls.decorator_list, *cls.bases, *cls.keywords]))
        for name in module.of(ast.Name):
            if id(name) in own_parts or not isinstance(name.ctx, ast.Load):
                continue
            if _KEY_WORD in name.id.lower():
                return True
            target: ast.AST | None = index.function_named(module, name.id)
            if target is None:
                target = index.class_named(module, name.id)
            if target is not None and target not in self.routes and self.accepts(target):
                return True
        if any(
            _KEY_WORD in a.attr.lower()
            for a in module.of(ast.Attribute)
            if id(a) not in own_parts and isinstance(a.ctx, ast.Load)
        ):
            return True
        for scope in index.functions():
            hook = scope.node
            if (
                isinstance(hook, FUNCTION_TYPES)
                and any(self._global_hook(d) for d in hook.decorator_list)
                and self.accepts(hook)
            ):
                return True
        return False

    def _global_hook(self, decorator: ast.expr) -> bool:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if self.ctx.index.imports.resolve(target) in _MIDDLEWARE_DECORATORS:
            return True
        return isinstance(target, ast.Attribute) and target.attr in _GLOBAL_HOOKS


def _memory_changes(ctx: Context) -> Callable[[FunctionNode], bool]:
    """Whether a function changes a container of the module (SLS101's view of a write)."""
    allowed = ctx.config.allowed
    module = {
        name: kind
        for name, kind in scope_containers(ctx.index, ctx.index.module).items()
        if name not in allowed
    }

    def changes(node: FunctionNode) -> bool:
        scope = ctx.index.scopes[node]
        containers = Containers(ctx, scope, module, {}, allowed)
        return next(mutations(ctx, scope, containers), None) is not None

    return changes


def missing_idempotency_keys(ctx: Context) -> Iterator[Finding]:
    routes = registrations(ctx)
    handlers = route_handlers(ctx, routes)
    changes_memory = _memory_changes(ctx)
    writers = [
        h
        for h in handlers
        if any(m in h.methods for m in WRITE_METHODS) and writes(ctx.index, h.node, changes_memory)
    ]
    if not writers:
        return
    route_nodes: set[ast.AST] = {h.node for h in handlers}
    route_nodes |= {ctx.index.defined_in[h.node].node for h in handlers}
    keys = _KeyFinder(ctx, route_nodes)
    exempt = GlobSet(ctx.config.idempotency_exempt)
    file_checked: bool | None = None
    for handler in writers:
        if any(n in exempt for n in (*handler.names, *handler.paths)):
            continue
        if keys.accepts(handler.node):
            continue
        if file_checked is None:
            file_checked = keys.whole_file()
        if file_checked:
            return
        method = "/".join(m for m in WRITE_METHODS if m in handler.methods)
        where = ctx.scope.where(handler.node)
        yield Finding.at(handler.node, "SLS201", method=method, where=where)
