"""Test code: never request scope, never reported (rules.md section 1, "Test code").

Users run flake8 at the root of their repository, tests included, and tests build apps,
register handlers and record calls in closures on purpose. Test code is:

- a file under a ``tests``/``test`` folder, or named ``test_*.py``, ``*_test.py``,
  ``tests.py`` (Django's default) or ``conftest.py``, or matching one of the user's
  ``stateless-test-patterns``; the path is read from the folder flake8 runs in;
- anywhere else, a pytest fixture, a function named ``test`` or ``test_*`` and a test class
  (``Test*``, or a ``...TestCase`` subclass), unless a framework registers it as a handler
  (a route named ``test_webhook`` is a handler), with everything defined inside them.

A production module whose name merely contains "test" (``testimonials.py``, ``contests/``)
is not test code.
"""

from __future__ import annotations

import ast
import fnmatch
import os
import re
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from .model import FunctionNode, ModuleIndex

#: Built-in file names and folder names of test code; ``stateless-test-patterns`` extends them.
TEST_FILES: Final = ("test_*.py", "*_test.py", "tests.py", "conftest.py")
TEST_FOLDERS: Final = ("tests", "test")
#: Decorators that make a pytest fixture.
_FIXTURES: Final = frozenset({"pytest.fixture", "pytest_asyncio.fixture"})
_TEST_FUNCTION: Final = re.compile(r"test(_.*)?\Z")
#: pytest's test classes: ``TestOrders``, ``Test_api``; not ``Testimonial``.
_TEST_CLASS: Final = re.compile(r"Test([A-Z0-9_].*)?\Z")


def is_test_path(filename: str, patterns: tuple[str, ...] = ()) -> bool:
    """Whether the file is test code by its path (see the module docstring).

    A pattern without ``/`` matches a file or folder name anywhere in the path
    (``*_spec.py``, ``integration_tests``); one with ``/`` matches the whole path, as read
    from the folder flake8 runs in (``qa/*``).
    """
    return _is_test_path(project_path(filename, os.getcwd()), patterns)


@lru_cache(maxsize=4096)
def _is_test_path(path: str, patterns: tuple[str, ...]) -> bool:
    *folders, name = path.split("/")
    if any(folder.lower() in TEST_FOLDERS for folder in folders):
        return True
    if any(fnmatch.fnmatchcase(name, glob) for glob in TEST_FILES):
        return True
    for pattern in patterns:
        if "/" in pattern:
            if fnmatch.fnmatchcase(path, pattern):
                return True
        elif any(fnmatch.fnmatchcase(part, pattern) for part in (*folders, name)):
            return True
    return False


def project_path(filename: str, cwd: str) -> str:
    """``filename`` with ``/`` separators, relative to ``cwd`` when it lies below it: only
    the project's own folders say whether a file is a test (not ``/home/me/test/...``)."""
    path = os.path.normpath(filename)
    if os.path.isabs(path):
        relative = os.path.relpath(path, cwd) if path.startswith(cwd + os.sep) else path
        path = relative
    return path.replace(os.sep, "/").lstrip("/")


def matches_every_file(pattern: str) -> bool:
    """Whether a ``stateless-test-patterns`` glob would take ordinary production modules for
    tests (``*``, ``*.py``): a mistake, reported as a bad option value."""
    return all(
        _is_test_path(path, (pattern,)) for path in ("app.py", "views.py", "shop/api/main.py")
    )


def test_code_spans(index: ModuleIndex, handlers: Collection[ast.AST]) -> list[tuple[int, int]]:
    """Line spans of the test functions, fixtures and test classes of a production module,
    leaving out any of them that ``handlers`` (the module's registered entry points and
    handler classes) holds. Spans may nest; a test inside a test adds nothing."""
    spans: list[tuple[int, int]] = []
    for scope in index.scopes.values():
        node = scope.node
        if isinstance(node, ast.Module) or node in handlers:
            continue
        if _is_test_definition(index, node):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            spans.append((first, node.end_lineno or node.lineno))
    return spans


def _is_test_definition(index: ModuleIndex, node: ast.ClassDef | FunctionNode) -> bool:
    if isinstance(node, ast.ClassDef):
        return _TEST_CLASS.match(node.name) is not None or any(
            (index.imports.resolve(base) or "").endswith("TestCase") for base in node.bases
        )
    return _TEST_FUNCTION.match(node.name) is not None or _is_fixture(index, node)


def _is_fixture(index: ModuleIndex, node: FunctionNode) -> bool:
    for decorator in node.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, (ast.Name, ast.Attribute)) and index.imports.resolve(target) in (
            _FIXTURES
        ):
            return True
    return False


def in_spans(line: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= line <= end for start, end in spans)
