"""Whether a handler changes something: SLS201 is about POST/PATCH handlers that write.

A POST that searches, computes or asks a model for an answer repeats nothing harmful when it
is retried; one that inserts a row, charges a card or sends a mail does. A handler writes
when it, or a function of its module that it calls, makes one of these calls:

- a database session's ``commit()``, or ``add``/``add_all``/``merge``/``delete`` on a
  session (``db``, ``session``, ``*_session``, or a parameter annotated ``...Session``);
- ``execute(...)`` of an ``insert``/``update``/``delete`` statement or of SQL text that
  starts with ``INSERT``/``UPDATE``/``DELETE``/``UPSERT``/``MERGE``/``REPLACE``;
- an ORM write: ``.save()`` (no positional argument: a model, form or serializer),
  ``create``, ``bulk_create``, ``get_or_create``, ``update_or_create``, and
  ``update()``/``delete()`` on a query (``Model.objects...``, ``query.filter(...)``);
- MongoDB, DynamoDB and Redis writes (``insert_one``, ``update_many``, ``put_item``, ...);
- a call whose name says it changes something (``create_order``, ``charge_card``,
  ``send_email``, ``orders.place``...): its first word is one of :data:`_VERBS`, and
  what it acts on is not a response, a task or a token (``send_file``, ``create_task``,
  ``create_access_token`` are not writes);
- a call into a payment package (``stripe``, ...);
- a change to a container kept in process memory (what SLS101 reports).

Calls to a model's API (``client.chat.completions.create``, ``embeddings.create``) compute
an answer: they are not writes.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from typing import Final

from ...model import FunctionNode, ModuleIndex
from ...syntax import constant_str, name_chain

#: The first word of a function or method name that says it changes something.
_VERBS: Final = frozenset(
    {
        "create", "insert", "save", "store", "persist", "upsert", "update", "delete",
        "remove", "charge", "pay", "refund", "capture", "send", "notify",
        "publish", "enqueue", "submit", "register", "book", "reserve", "purchase",
        "transfer", "withdraw", "deposit", "place", "cancel", "approve", "invite",
        "subscribe", "unsubscribe", "upload", "import", "archive", "assign", "grant",
        "revoke", "add", "write", "toggle", "seed", "reset",
    }
)  # fmt: skip
#: What a verb may act on without writing anything that a retry would repeat.
_NOT_STATE: Final = frozenset(
    {
        "task", "tasks", "engine", "client", "connection", "subprocess", "response",
        "header", "headers", "access", "token", "jwt", "app", "context", "loop",
        "future", "parser", "middleware",
        "route", "argument", "handler", "wrapper", "event", "signal", "template",
        "module", "cookie", "model",
    }
)  # fmt: skip
#: What is sent as the response, not to anyone: ``send_file``, ``send_json``.
_RESPONSES: Final = frozenset(
    {"file", "from", "static", "json", "text", "bytes", "response", "result", "request"}
)
#: Bare method names that write only on a database session or a query.
_SESSION_WRITES: Final = frozenset({"add", "add_all", "merge", "delete", "flush"})
_QUERY_WRITES: Final = frozenset({"update", "delete", "aupdate", "adelete"})
#: Calls that write whatever they are called on: ORM (also Django's async forms), document
#: stores, Redis, mail.
_WRITE_CALLS: Final = frozenset(
    {
        "create", "bulk_create", "bulk_update", "get_or_create", "update_or_create",
        "insert_one", "insert_many", "update_one", "update_many", "replace_one",
        "delete_one", "delete_many", "find_one_and_update", "find_one_and_replace",
        "find_one_and_delete", "bulk_write", "put_item", "update_item", "delete_item",
        "batch_write_item", "hset", "hmset", "lpush", "rpush", "sadd", "zadd", "incr",
        "incrby", "decr", "setex", "bulk_save_objects", "bulk_insert_mappings",
        "bulk_update_mappings", "acreate", "abulk_create", "abulk_update", "aget_or_create",
        "aupdate_or_create", "sendmail", "send_mail", "send_mass_mail",
    }
)  # fmt: skip
#: Receivers of a model API: ``client.chat.completions.create(...)`` asks for an answer.
_MODEL_APIS: Final = frozenset(
    {"completions", "embeddings", "chat", "images", "audio", "moderations", "responses",
     "messages", "beta", "threads", "runs", "speech", "transcriptions", "translations"}
)  # fmt: skip
#: What is asked of a model's API: ``completions.create(...)``, ``messages.stream(...)``.
_ASKING: Final = frozenset({"create", "parse", "stream"})
_SQL_WRITE: Final = re.compile(r"\s*(insert|update|delete|upsert|merge|replace)\b", re.I)
_SQL_BUILDERS: Final = frozenset({"insert", "update", "delete"})
_PAYMENT_PACKAGES: Final = frozenset({"stripe", "braintree", "paypalrestsdk", "adyen"})
_SESSION_NAME: Final = re.compile(r"(.*_)?(db|session|dbsession|db_session|uow|tx)\Z", re.I)
_WORD: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def writes(
    index: ModuleIndex,
    handler: FunctionNode,
    changes_memory: Callable[[FunctionNode], bool] = lambda _node: False,
) -> bool:
    """Whether the handler, or a same-module function it calls or hands on, changes
    something: through one of the calls above, or where ``changes_memory`` says it changes
    state kept in process memory (a module container: the same create repeated)."""
    todo: list[FunctionNode] = [handler]
    seen: set[FunctionNode] = set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if changes_memory(node):
            return True
        scope = index.scopes[node]
        for call in _calls(index, node):
            if _is_write(index, node, call):
                return True
            # Same-module functions it calls or hands on (add_task(deliver, ...)).
            for name in (call.func, *call.args, *(k.value for k in call.keywords)):
                if isinstance(name, ast.Name):
                    helper = index.function_named(scope, name.id)
                    if helper is not None:
                        todo.append(helper)
    return False


def _calls(index: ModuleIndex, node: FunctionNode) -> Iterator[ast.Call]:
    """The calls of a function and of the functions defined inside it."""
    todo = [index.scopes[node]]
    while todo:
        scope = todo.pop()
        yield from scope.of(ast.Call)
        todo.extend(index.scopes[f] for f in scope.functions.values() if f in index.scopes)


def _is_write(index: ModuleIndex, function: FunctionNode, call: ast.Call) -> bool:
    func = call.func
    qualified = index.imports.resolve(func) if isinstance(func, (ast.Name, ast.Attribute)) else None
    if qualified is not None and qualified.partition(".")[0] in _PAYMENT_PACKAGES:
        return True
    if isinstance(func, ast.Name):
        return func.id in _WRITE_CALLS or _says_it_writes(func.id)
    if not isinstance(func, ast.Attribute):
        return False
    name, receiver = func.attr, func.value
    receivers = _receiver_names(receiver)
    if name in _ASKING and "objects" not in receivers and not _MODEL_APIS.isdisjoint(receivers):
        return False  # a model's API computes an answer
    if name == "commit":
        return True
    if name == "execute":
        return bool(call.args) and _writing_statement(call.args[0])
    if name in ("save", "asave"):
        return not call.args
    if name in _WRITE_CALLS:
        return True
    if name in _SESSION_WRITES and _is_session(function, receiver):
        return True
    if name in _QUERY_WRITES:
        return "objects" in receivers or isinstance(receiver, ast.Call)
    return _says_it_writes(name)


def _says_it_writes(name: str) -> bool:
    """``create_order``, ``chargeCard``, ``send_welcome_email``: not ``create_task``,
    ``send_file`` or a bare ``update``/``add``/``send`` (a dict's, a set's, a socket's)."""
    words = [w.lower() for w in _WORD.findall(name)]
    if len(words) < 2 or words[0] not in _VERBS:
        return False
    if words[0] == "send" and not _RESPONSES.isdisjoint(words[1:]):
        return False
    return _NOT_STATE.isdisjoint(words[1:])


def _receiver_names(receiver: ast.expr) -> set[str]:
    """The names along a receiver chain, through calls: ``Order.objects.filter(...)``."""
    names: set[str] = set()
    node = receiver
    while True:
        if isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
            node = node.value
        elif isinstance(node, ast.Subscript):
            node = node.value
        else:
            break
    if isinstance(node, ast.Name):
        names.add(node.id)
    return names


def _is_session(function: FunctionNode, receiver: ast.expr) -> bool:
    """``db``, ``session``, ``self.db_session``, or a parameter annotated ``AsyncSession``."""
    chain = name_chain(receiver)
    if chain is None:
        return False
    head, attributes = chain
    last = attributes[-1] if attributes else head
    if _SESSION_NAME.match(last):
        return True
    args = function.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.arg == head and not attributes and arg.annotation is not None:
            return "Session" in ast.unparse(arg.annotation)
    return False


def _writing_statement(statement: ast.expr) -> bool:
    """``insert(User).values(...)``, ``update(...)``, ``text("UPDATE ...")``, ``"DELETE ..."``."""
    node = statement
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr in _SQL_BUILDERS:  # table.insert().values(...)
            return True
        node = node.func.value  # insert(User).values(...).returning(...)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in _SQL_BUILDERS:
            return True
        if node.args:
            node = node.args[0]  # text("...")
    text = constant_str(node)
    if text is None and isinstance(node, ast.JoinedStr) and node.values:
        text = constant_str(node.values[0])
    return text is not None and _SQL_WRITE.match(text) is not None
