"""The write engine (``semantic.effects``) on its own: which writes it finds, followed back to
which root, through which alias form. The rule families only classify what it yields; their
data files (``tests/data/aliases``) show the same forms end to end."""

from __future__ import annotations

import ast
import textwrap

import pytest

from flake8_stateless.model import build_index
from flake8_stateless.semantic.effects import How, writes

# Each case: the body of ``def handler(request, key, value):``, and the writes expected as
# (line in the body, 1-based; how; the root's name; depth). ``store`` and ``other`` are the
# roots; ``request.app.state`` is one too.
CASES = {
    "item": ("store[key] = value", [(1, How.ASSIGN, "store", 0)]),
    "nested item": ("store[key][value] = 1", [(1, How.ASSIGN, "store", 1)]),
    "attribute root": ("request.app.state.x = value", [(1, How.ASSIGN, "state", 0)]),
    "rebinding the root": ("request.app.state = value", [(1, How.ASSIGN, "state", 0)]),
    "delete": ("del store[key]", [(1, How.DELETE, "store", 0)]),
    "augmented": ("store[key] += 1", [(1, How.AUGMENT, "store", 0)]),
    "method": ("store.append(value)", [(1, How.METHOD, "store", 0)]),
    "method on an element": ("store[key].append(value)", [(1, How.METHOD, "store", 1)]),
    "element getter": ("store.get(key).append(value)", [(1, How.METHOD, "store", 1)]),
    "setdefault is a write": (
        "store.setdefault(key, []).append(value)",
        [(1, How.METHOD, "store", 0), (1, How.METHOD, "store", 1)],
    ),
    "next": ("next(store)", [(1, How.NEXT, "store", 0)]),
    "mutating function": (
        "import heapq\nheapq.heappush(store, value)",
        [(2, How.FUNCTION, "store", 0)],
    ),
    "setattr": ('setattr(store, "x", value)', [(1, How.SETATTR, "store", 0)]),
    "alias": ("t = store\nt[key] = value", [(2, How.ASSIGN, "store", 0)]),
    "alias of an element": ("t = store[key]\nt.append(value)", [(2, How.METHOD, "store", 1)]),
    "annotated alias": ("t: dict = store\nt[key] = value", [(2, How.ASSIGN, "store", 0)]),
    "walrus": (
        "if (t := store.get(key)) is not None:\n    t.append(value)",
        [(2, How.METHOD, "store", 1)],
    ),
    "unpacking": ("a, b = store, other\nb[key] = value", [(2, How.ASSIGN, "other", 0)]),
    "with as": ("with store[key] as t:\n    t.append(value)", [(2, How.METHOD, "store", 1)]),
    "loop": ("for t in store:\n    t.append(value)", [(2, How.METHOD, "store", 1)]),
    "loop over values": (
        "for t in store.values():\n    t.append(value)",
        [(2, How.METHOD, "store", 1)],
    ),
    "loop over items": (
        "for k, t in store.items():\n    t[k] = value",
        [(2, How.ASSIGN, "store", 1)],
    ),
    "loop, nested wrappers": (
        "for i, (k, t) in enumerate(store.items()):\n    t.add(i)",
        [(2, How.METHOD, "store", 1)],
    ),
    "augmented alias is in place": ("t = store\nt += [value]", [(2, How.METHOD, "store", 0)]),
    "getattr": (
        't = getattr(store, "items", None)\nt.append(value)',
        [(2, How.METHOD, "store", 1)],
    ),
    "a copy is not an alias": ("t = dict(store)\nt[key] = value", []),
    "a rebound alias is forgotten": ("t = store\nt = {}\nt[key] = value", []),
    "an int from an element": ("n = store[key]\nn += 1", []),
    "a comprehension is a copy": ("t = [x for x in store]\nt.append(value)", []),
    "a local of the same name": ("store = {}\nstore[key] = value", [(2, How.ASSIGN, "store", 0)]),
}


def _resolver(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Name) and expr.id in ("store", "other"):
        return expr.id
    if isinstance(expr, ast.Attribute) and expr.attr == "state":
        return "state"
    return None


@pytest.mark.parametrize("name", list(CASES))
def test_writes(name: str) -> None:
    body, expected = CASES[name]
    source = "def handler(request, key, value):\n" + textwrap.indent(body, "    ") + "\n"
    index = build_index(ast.parse(source), "app.py")
    scope = next(index.functions())
    found = [
        (w.node.lineno - 1, w.how, w.root, w.depth)  # type: ignore[attr-defined]
        for w in writes(scope, _resolver, index.imports)
    ]
    assert sorted(found, key=str) == sorted(expected, key=str)
