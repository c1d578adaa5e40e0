"""Lazy initialisation: a value created once, then the same for every request.

``if self._client is None: self._client = make()``, ``global _engine; if _engine is None:
_engine = create_engine(...)``, ``if not hasattr(o, "x")``, ``x = x or make()``, an early
return (``if _conn is not None: return _conn`` then ``_conn = connect()``), and a reset to
``None`` in ``except``/``finally`` or of a client the function closes, so that the next call
makes a new one: state in form only. The
rules that report rebinding (SLS102, SLS106, SLS108, SLS110) skip these. A value that is the
request's own data (``_last = request.user``) is never lazy initialisation.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import Final

from .config import Config
from .model import ModuleIndex, Scope
from .names import identifies
from .semantic.functions import call_parameters
from .syntax import chain_text


def lazy_assignments(scope: Scope) -> set[int]:
    """Ids of assignments that fill a value once: ``if self.x is None: self.x = ...``.

    Also ``if not hasattr(o, "x")``, ``if "k" not in o``, ``if o.get("k") is None``,
    ``x = x or make()``, assignments after an early return of the value
    (``if x is not None: return x``) and resets to ``None`` of a client after an error or a
    ``close()``.
    Creating a client once per process is the same for every request.
    """
    lazy: set[int] = set()
    assigns: Sequence[ast.Assign] = scope.of(ast.Assign)
    probes = _probes(assigns)
    for branch in scope.of(ast.If):
        keys = _absence_keys(branch.test)
        keys |= {probes[k] for k in keys if k in probes}  # ``if not client:`` of a probe
        inside = [n for s in branch.body for n in ast.walk(s)] if keys else []
        fills = [
            n
            for n in inside
            if isinstance(n, ast.Assign)
            and any(_key(t) in keys and _fill(t, _bound_value(assigns, n)) for t in n.targets)
        ]
        lazy.update(map(id, fills))
        if fills:  # the fill's bookkeeping in the same block: ``_loaded_at = time.time()``
            lazy.update(
                id(n)
                for n in inside
                if isinstance(n, ast.Assign)
                and all(isinstance(t, (ast.Name, ast.Attribute)) for t in n.targets)
            )
        # After an early return of the value: what follows makes it (``returned``), or,
        # for an item read into a local or tested with ``in``, fills it (``probed``).
        returned = _early_return_keys(branch)
        probed = {probes[k] for k in returned if k in probes} | _present_keys(branch)
        if returned or probed:
            end = branch.end_lineno or branch.lineno
            lazy.update(
                id(a)
                for a in assigns
                if a.lineno > end
                and any(
                    _key(t) in returned
                    or (_key(t) in probed and _fill(t, _bound_value(assigns, a)))
                    for t in a.targets
                )
            )
    lazy.update(_missing_key_fills(scope, assigns))
    for assign in assigns:
        value = assign.value
        if (
            isinstance(value, ast.BoolOp)
            and isinstance(value.op, ast.Or)
            and any(_key(t) == _key(value.values[0]) for t in assign.targets)
        ):
            lazy.add(id(assign))
    # A reset to None after a connection error, or of a client the function closes: the
    # next call makes a new one; nothing of a request is kept. (Clearing other state, such
    # as a lock's holder, is a change like any other.)
    resets = [a for a in assigns if _is_none(a.value)]
    if resets:
        handled = _in_handlers(scope)
        closed = _closed_keys(scope)
        lazy.update(
            id(a) for a in resets if id(a) in handled or any(_key(t) in closed for t in a.targets)
        )
    if lazy:
        lazy -= {id(a) for a in assigns if id(a) in lazy and _request_data(scope, a.value)}
    return lazy


#: What a keyed fill may not make: containers and coordination objects are state per key
#: (``_locks[wallet_id] = asyncio.Lock()``), not a client made once.
_STATE_MAKERS: Final = frozenset(
    {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque", "Lock", "RLock",
     "Event", "Semaphore", "BoundedSemaphore", "Condition", "Queue", "LifoQueue",
     "PriorityQueue", "SimpleQueue"}
)  # fmt: skip


#: The name lists whose containers keep per-key state even when filled lazily.
_STATE_NAMES: Final = ("session_names", "history_names", "cache_names")
_DEFAULTS: Final = Config()


def _fill(target: ast.expr, value: ast.expr) -> bool:
    """A fill that makes the same thing for every request: a value under a fixed key or
    attribute, or, keyed by a name (``_models[name] = load(name)``), a client or model made
    once per key. Not a container or a lock per key, and not anything keyed by a user,
    session, token or tenant (``sessions[user_id] = Session()``)."""
    if not isinstance(target, ast.Subscript) or not isinstance(target.slice, ast.Name):
        return True
    key = target.slice.id
    if not isinstance(value, ast.Call) or (identifies(key) and not _made_from(value, key)):
        return False
    holder = target.value.attr if isinstance(target.value, ast.Attribute) else target.value
    name = holder if isinstance(holder, str) else getattr(holder, "id", "")
    if any(_DEFAULTS.matches(kind, name) for kind in _STATE_NAMES):
        return False  # a cache, sessions or history per key: what the rules are about
    func = value.func
    made = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return made not in _STATE_MAKERS


def once_guarded_calls(index: ModuleIndex, scope: Scope) -> set[int]:
    """Ids of the calls made only while something of the module is unset: ``if not _LOADED:
    load()``, ``if _index is None: _index = build()``: work done once per process, the same
    for every request (not a keyed test, ``if user not in carts``, nor a local's)."""
    found: set[int] = set()
    for branch in scope.of(ast.If):
        keys = _absence_keys(branch.test)
        if keys and all(
            "[" not in key and index.lookup(scope, key.partition(".")[0]) is index.module
            for key in keys
        ):
            found.update(
                id(node)
                for statement in branch.body
                for node in ast.walk(statement)
                if isinstance(node, ast.Call)
            )
    return found


_MISSING_KEY: Final = frozenset({"KeyError", "LookupError"})


def _missing_key_fills(scope: Scope, assigns: Sequence[ast.Assign]) -> set[int]:
    """``try: return cache[lang] except KeyError: data = load(lang); cache[lang] = data``:
    the item returned when present, filled in the handler of its absence."""
    found: set[int] = set()
    for statement in scope.of(ast.Try):
        returned = _returned_items(statement.body)
        if not returned:
            continue
        for handler in statement.handlers:
            caught = handler.type
            if not (isinstance(caught, ast.Name) and caught.id in _MISSING_KEY):
                continue
            found.update(
                id(node)
                for body in handler.body
                for node in ast.walk(body)
                if isinstance(node, ast.Assign)
                and any(
                    _key(t) in returned and _fill(t, _bound_value(assigns, node))
                    for t in node.targets
                )
            )
    return found


def _probes(assigns: Sequence[ast.Assign]) -> dict[str, str]:
    """Locals read from a keyed cache: ``engine = _engines.get(shard)`` -> ``engine``:
    ``_engines[shard]``. Returned when set, then made and stored (``_engines[shard] =
    engine``, a double-checked fill under a lock included), the store is a fill."""
    found: dict[str, str] = {}
    for assign in assigns:
        value = assign.value
        probe = _absent(value) if isinstance(value, ast.Call) else value
        if len(assign.targets) != 1 or not isinstance(probe, ast.Subscript):
            continue
        target, key = assign.targets[0], _key(probe)
        if isinstance(target, ast.Name) and key is not None:
            found[target.id] = key
    return found


def _bound_value(assigns: Sequence[ast.Assign], store: ast.Assign) -> ast.expr:
    """What a store keeps: its value, or for a local (``_engines[k] = engine``) the value
    last bound to that local before it (``engine = build(k)``)."""
    value = store.value
    if not isinstance(value, ast.Name):
        return value
    earlier = [
        a
        for a in assigns
        if a.lineno < store.lineno
        and any(isinstance(t, ast.Name) and t.id == value.id for t in a.targets)
    ]
    return max(earlier, key=lambda a: a.lineno).value if earlier else value


def _made_from(call: ast.Call, key: str) -> bool:
    """``Client(api_key=api_key)``: a client made from the credential it is kept under (one
    per API key, made again the same anywhere), not data kept for a user or a session."""
    if not key.lower().endswith(_CREDENTIAL_KEYS):
        return False
    arguments = [*call.args, *(k.value for k in call.keywords)]
    return any(isinstance(a, ast.Name) and a.id == key for a in arguments)


#: Key names of credentials a client is made from (``gemini_clients[api_key]``).
_CREDENTIAL_KEYS: Final = ("api_key", "apikey", "access_key", "secret_key")


def _present_keys(branch: ast.If) -> set[str]:
    """``if source in _cache: return _cache[source]``: the item returned when present."""
    test = branch.test
    if not (
        isinstance(test, ast.Compare)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.In)
        and isinstance(test.left, (ast.Constant, ast.Name))
    ):
        return set()
    item = _key(ast.Subscript(value=test.comparators[0], slice=test.left))
    return {item} if item is not None and item in _returned_items(branch.body) else set()


def _returned_items(body: Sequence[ast.stmt]) -> set[str]:
    """The items (``cache[key]``) the statements return, as source text."""
    found: set[str] = set()
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Subscript):
                key = _key(node.value)
                if key is not None:
                    found.add(key)
    return found


def _early_return_keys(branch: ast.If) -> set[str]:
    """``if x is not None: return x`` (alone or ``and``-ed with more, ``if x: return x``,
    ``return Response(x)``, a return nested in a freshness check): the value is kept once
    made, and what follows makes it again, with the values the check reads (an expiry
    time). A return must give the value back (``return None`` after a check is not lazy)."""
    returned: set[str | None] = set()
    for statement in branch.body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Return) and node.value is not None:
                returned.update(
                    _key(n)
                    for n in ast.walk(node.value)
                    if isinstance(n, (ast.Name, ast.Attribute))
                )
    if not returned:
        return set()
    test = branch.test
    atoms = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    keys: set[str] = set()
    for atom in atoms:
        subject: ast.expr | None = None
        if (
            isinstance(atom, ast.Compare)
            and len(atom.ops) == 1
            and isinstance(atom.ops[0], ast.IsNot)
            and _is_none(atom.comparators[0])
        ):
            subject = atom.left
        elif isinstance(atom, (ast.Name, ast.Attribute)):
            subject = atom
        key = _key(subject) if subject is not None else None
        if key is not None:
            keys.add(key)
    return keys if keys & returned else set()


#: Methods that end a client or connection.
_CLOSING = frozenset({"close", "aclose", "disconnect", "shutdown", "dispose", "terminate"})


def _in_handlers(scope: Scope) -> set[int]:
    """Ids of the assignments inside ``except`` and ``finally`` blocks of the scope."""
    found: set[int] = set()
    for statement in scope.of(ast.Try):
        todo: list[ast.AST] = [*statement.finalbody]
        for handler in statement.handlers:
            todo.extend(handler.body)
        while todo:
            node = todo.pop()
            if isinstance(node, ast.Assign):
                found.add(id(node))
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                todo.extend(ast.iter_child_nodes(node))
    return found


def _closed_keys(scope: Scope) -> set[str | None]:
    """What the scope closes: ``conn.close()``, ``await self._client.aclose()``."""
    return {
        _key(call.func.value)
        for call in scope.of(ast.Call)
        if isinstance(call.func, ast.Attribute) and call.func.attr in _CLOSING
    }


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _request_data(scope: Scope, value: ast.expr) -> bool:
    """A value that is the request's own data: a parameter of the function, or an attribute
    or item of one (``request.user``, ``payload["id"]``); ``self``/``cls`` excepted."""
    while isinstance(value, (ast.Attribute, ast.Subscript)):
        value = value.value
    if not isinstance(value, ast.Name) or not scope.is_function:
        return False
    return any(p.arg == value.id for p in call_parameters(scope))


def _absence_keys(test: ast.expr) -> set[str]:
    """The expressions a condition tests for being unset, as source text."""
    keys: set[str] = set()
    todo = [test]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.BoolOp):  # ``x is None or expired``, ``not multi and not x``
            todo.extend(node.values)
            continue
        negated = isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)
        inner = node.operand if isinstance(node, ast.UnaryOp) else node
        if (
            isinstance(inner, ast.Compare)
            and len(inner.ops) == 1
            and isinstance(inner.ops[0], ast.Is)
            and isinstance(inner.comparators[0], ast.Constant)
            and inner.comparators[0].value is None
        ):
            subject: ast.expr | None = inner.left
        elif (
            isinstance(inner, ast.Compare)
            and len(inner.ops) == 1
            and isinstance(inner.ops[0], ast.NotIn)
            and isinstance(inner.left, (ast.Constant, ast.Name))
        ):
            subject = ast.Subscript(value=inner.comparators[0], slice=inner.left)
        elif negated and isinstance(inner, ast.expr):
            subject = inner
        else:
            continue
        key = _key(_absent(subject)) if subject is not None else None
        if key is not None:
            keys.add(key)
    return keys


def _absent(subject: ast.expr) -> ast.expr:
    """``hasattr(o, "x")`` / ``getattr(o, "x", None)`` -> ``o.x``; ``o.get("k")`` -> ``o["k"]``."""
    if isinstance(subject, ast.Call) and len(subject.args) >= 2:
        func, name = subject.func, subject.args[1]
        if (
            isinstance(func, ast.Name)
            and func.id in ("hasattr", "getattr")
            and isinstance(name, ast.Constant)
            and isinstance(name.value, str)
        ):
            return ast.Attribute(value=subject.args[0], attr=name.value)
    if (
        isinstance(subject, ast.Call)
        and isinstance(subject.func, ast.Attribute)
        and subject.func.attr == "get"
        and subject.args
    ):
        return ast.Subscript(value=subject.func.value, slice=subject.args[0])
    return subject


def _key(node: ast.expr) -> str | None:
    """``self.client`` / ``o["k"]`` as text, for chains of names and constant keys only."""
    return chain_text(node, strict=True)
