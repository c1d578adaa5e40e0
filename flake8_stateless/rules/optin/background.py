"""SLS203 in-process-background-work: work or coordination that outlives one request in
this process.

Tasks, callbacks, threads, executors and background tasks the request does not wait
for, and module-level locks, events and queues used by request handlers. Python's own APIs
(asyncio, threading, concurrent.futures, queue) are the tables below; a framework's are its
``background`` record (``frameworks/``).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Final

from ...context import Context, Finding
from ...frameworks import FRAMEWORKS, every
from ...model import Scope
from ...syntax import dotted
from .common import REQUEST_PARAMS, base_names, callee, is_request

#: Functions that start work the request does not wait for.
TASK_SPAWNERS: Final = frozenset(
    {
        "asyncio.create_task",
        "asyncio.ensure_future",
        "asyncio.tasks.create_task",
        "asyncio.tasks.ensure_future",
        *every(lambda fw: fw.background.spawners),
    }
)
#: Spawners whose own ``await`` only schedules the work.
DETACHED_WHEN_AWAITED: Final = every(lambda fw: fw.background.detached_when_awaited)
#: Event loops, and their methods that schedule work on them.
LOOP_GETTERS: Final = frozenset(
    {
        "asyncio.get_event_loop",
        "asyncio.get_running_loop",
        "asyncio.new_event_loop",
        "asyncio.events.get_event_loop",
        "asyncio.events.get_running_loop",
        *every(lambda fw: fw.background.loop_getters),
    }
)
LOOP_SPAWNERS: Final = frozenset({"create_task", *every(lambda fw: fw.background.loop_spawners)})
THREAD_CLASSES: Final = frozenset({"threading.Thread", "threading.Timer"})
EXECUTORS: Final = frozenset(
    {
        "concurrent.futures.ThreadPoolExecutor",
        "concurrent.futures.ProcessPoolExecutor",
        "concurrent.futures.thread.ThreadPoolExecutor",
        "concurrent.futures.process.ProcessPoolExecutor",
    }
)
#: Background tasks run after the response is sent, in this process.
BACKGROUND_TASKS: Final = every(lambda fw: fw.background.task_lists)
BACKGROUND_TASK: Final = every(lambda fw: fw.background.tasks)
#: Apps whose ``add_task`` runs a task beside the requests, and the frameworks that have one.
_TASK_APPS: Final = every(lambda fw: fw.background.task_apps)
_TASK_APP_FRAMEWORKS: Final = tuple(fw for fw in FRAMEWORKS if fw.background.task_apps)
#: Calls the request waits on: what they are given is not background work.
WAITERS: Final = frozenset(
    {
        "asyncio.gather",
        "asyncio.wait",
        "asyncio.wait_for",
        "asyncio.shield",
        "asyncio.as_completed",
        "asyncio.wrap_future",
        "concurrent.futures.wait",
        "concurrent.futures.as_completed",
    }
)
_WAITING_METHODS: Final = frozenset({"join", "result", "exception", "cancel"})
_COLLECTING_METHODS: Final = frozenset({"append", "add", "extend"})
#: Module-level synchronisation and queues: they coordinate one process only.
PRIMITIVES: Final = frozenset(
    {
        *(f"asyncio.{name}" for name in (
            "Lock", "Semaphore", "BoundedSemaphore", "Event", "Condition", "Queue",
            "PriorityQueue", "LifoQueue",
        )),
        *(f"threading.{name}" for name in (
            "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Event", "Condition",
        )),
        *(f"queue.{name}" for name in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue")),
    }
)  # fmt: skip

_WORK: Final = (
    "the work outlives the request inside this process, so a restart, deploy or scale-in"
    " loses it; hand it to a task queue (Celery, RQ, arq, a broker)"
)
_SYNC: Final = (
    "it only coordinates the requests of this one process, and other instances do not see"
    " it; use a lock or queue in shared storage (Redis, the database, a broker)"
)


def _awaited(ctx: Context, scope: Scope) -> tuple[set[int], set[str]]:
    """The calls (ids) and names in ``scope`` whose work the request waits for."""
    calls: set[int] = set()
    names: set[str] = set()

    def take(expr: ast.AST) -> None:
        for node in ast.walk(expr):
            if isinstance(node, ast.Call):
                calls.add(id(node))
            elif isinstance(node, ast.Name):
                names.add(node.id)

    for node in scope.of(ast.Await):
        take(node.value)
    for call in scope.of(ast.Call):
        func = call.func
        if ctx.index.imports.resolve(func) in WAITERS:
            for arg in call.args:
                take(arg)
        elif isinstance(func, ast.Attribute) and func.attr in _WAITING_METHODS:
            take(func.value)
    loops: list[ast.For | ast.AsyncFor] = [*scope.of(ast.For), *scope.of(ast.AsyncFor)]
    for loop in loops:
        if isinstance(loop.target, ast.Name) and loop.target.id in names:
            take(loop.iter)  # for task in tasks: await task
    for call in scope.of(ast.Call):  # tasks.append(create_task(...)); await gather(*tasks)
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in _COLLECTING_METHODS
            and isinstance(func.value, ast.Name)
            and func.value.id in names
        ):
            for arg in call.args:
                take(arg)
    todo, done = list(names), set()
    while todo:  # what an awaited name was bound to: t = create_task(...); await t
        name = todo.pop()
        if name in done:
            continue
        done.add(name)
        for value in scope.values.get(name, ()):
            if value is not None:
                take(value)
        todo.extend(names - done)
    return calls, names


def _waited_for(ctx: Context, call: ast.Call, calls: set[int], names: set[str]) -> bool:
    if ctx.index.imports.resolve(call.func) in DETACHED_WHEN_AWAITED:
        return False
    if id(call) in calls:
        return True
    func = call.func  # worker.start() ... worker.join()
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "start"
        and isinstance(func.value, ast.Name)
        and func.value.id in names
    )


def _made_by(ctx: Context, scope: Scope, expr: ast.expr, kinds: frozenset[str]) -> str | None:
    """The constructor in ``kinds`` that ``expr`` (a call, or a name bound to one) comes from."""
    if isinstance(expr, ast.Name):
        owner = ctx.index.lookup(scope, expr.id)
        values = owner.values.get(expr.id, []) if owner is not None else []
        made = {_made_by(ctx, scope, v, kinds) if isinstance(v, ast.Call) else None for v in values}
        return made.pop() if len(made) == 1 else None
    if isinstance(expr, ast.Call) and isinstance(expr.func, (ast.Name, ast.Attribute)):
        qualified = ctx.index.imports.resolve(expr.func)
        if qualified in kinds:
            return qualified
        if kinds is THREAD_CLASSES and isinstance(expr.func, ast.Name):
            cls = ctx.index.class_named(scope, expr.func.id)  # class Worker(threading.Thread)
            if cls is not None and base_names(ctx, cls) & THREAD_CLASSES:
                return expr.func.id
    return None


def _annotated(ctx: Context, scope: Scope, name: str, kinds: frozenset[str]) -> bool:
    annotation = scope.annotations.get(name)
    if isinstance(annotation, ast.Subscript):  # Annotated[BackgroundTasks, ...]
        inner = annotation.slice
        annotation = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
    return isinstance(annotation, (ast.Name, ast.Attribute)) and (
        ctx.index.imports.resolve(annotation) in kinds
    )


def _spawned(ctx: Context, scope: Scope, call: ast.Call, task_apps: bool) -> str | None:
    """What ``call`` starts in the background, described for the message; else None."""
    func = call.func
    if isinstance(func, (ast.Name, ast.Attribute)):
        qualified = ctx.index.imports.resolve(func)
        if qualified in TASK_SPAWNERS:
            return f"{qualified}()"
        if qualified in BACKGROUND_TASK:
            return f"{dotted(func)}(...)"
    if not isinstance(func, ast.Attribute):
        return None
    receiver, attr = func.value, func.attr
    text = callee(func)
    if attr in LOOP_SPAWNERS and _made_by(ctx, scope, receiver, LOOP_GETTERS):
        return f"{text}()"
    if attr == "start":
        thread = _made_by(ctx, scope, receiver, THREAD_CLASSES)
        if thread is not None:
            return f"{thread}(...).start()" if isinstance(receiver, ast.Call) else f"{text}()"
    if attr == "submit" and _made_by(ctx, scope, receiver, EXECUTORS):
        return f"{text}()"
    if attr == "add_task" and isinstance(receiver, ast.Name):
        if _annotated(ctx, scope, receiver.id, BACKGROUND_TASKS) or _made_by(
            ctx, scope, receiver, BACKGROUND_TASKS
        ):
            return f"{text}()"
        if task_apps and _made_by(ctx, scope, receiver, _TASK_APPS):
            return f"{text}()"
    if (
        attr == "add_task"
        and task_apps
        and isinstance(receiver, ast.Attribute)
        and receiver.attr == "app"
        and is_request(receiver.value, REQUEST_PARAMS)
    ):
        return f"{text}()"  # Sanic request.app.add_task(...)
    return None


def _primitives(ctx: Context) -> dict[str, str]:
    """Module-level locks, events and queues: name -> constructor."""
    allowed = ctx.config.allowed
    found: dict[str, str] = {}
    for name, values in ctx.index.module.values.items():
        if name in allowed:
            continue
        for value in values:
            if isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute)):
                qualified = ctx.index.imports.resolve(value.func)
                if qualified in PRIMITIVES:
                    found[name] = qualified
    return found


def background_work(ctx: Context) -> Iterator[Finding]:
    primitives = _primitives(ctx)
    task_apps = any(fw in ctx.scope.frameworks for fw in _TASK_APP_FRAMEWORKS)
    for scope, _reach in ctx.scope.functions():
        node = scope.function
        where = ctx.scope.where(node)
        awaited: tuple[set[int], set[str]] | None = None
        for call in scope.of(ast.Call):
            what = _spawned(ctx, scope, call, task_apps)
            if what is None:
                continue
            if awaited is None:
                awaited = _awaited(ctx, scope)
            if not _waited_for(ctx, call, *awaited):
                yield Finding.at(call, "SLS203", what=what, where=where, why=_WORK)
        if primitives:
            yield from _primitive_uses(ctx, scope, primitives, where)


def _primitive_uses(
    ctx: Context, scope: Scope, primitives: dict[str, str], where: str
) -> Iterator[Finding]:
    first: dict[str, ast.Name] = {}
    for name in scope.of(ast.Name):
        if (
            name.id in primitives
            and isinstance(name.ctx, ast.Load)
            and ctx.index.lookup(scope, name.id) is ctx.index.module
        ):
            kept = first.get(name.id)
            if kept is None or (name.lineno, name.col_offset) < (kept.lineno, kept.col_offset):
                first[name.id] = name
    if not first:
        return
    # Report at the statement or call that uses it: ``async with lock:``, ``queue.put(x)``.
    places: dict[int, ast.AST] = {}
    statements: list[ast.With | ast.AsyncWith] = [*scope.of(ast.With), *scope.of(ast.AsyncWith)]
    for statement in statements:
        for item in statement.items:
            places[id(item.context_expr)] = statement
    for call in scope.of(ast.Call):
        if isinstance(call.func, ast.Attribute):
            places.setdefault(id(call.func.value), call)
    for name_id, use in first.items():
        what = f"use of module-level {primitives[name_id]} '{name_id}'"
        place = places.get(id(use), use)
        yield Finding.at(place, "SLS203", what=what, where=where, why=_SYNC)
