"""Handlers known by their name and parameters, and the entry points the user names.

Serverless platforms call a function that only the deployment names (SAM ``Handler:
app.lambda_handler``, ``functions-framework --target``, Azure v1 ``function.json``
``entryPoint``). The frameworks' :class:`~.frameworks.EntryFunction` rows recognise the usual
shapes (``def lambda_handler(event, context)``); ``--stateless-entry-points`` names the
others as ``module:function`` patterns. A pattern's module is matched against every dotted
tail of the file's path from the folder flake8 runs in: SAM's ``app`` names
``hello_world/app.py`` (its ``CodeUri`` is the folder), ``orders.app`` names
``functions/orders/app.py``, and a package's ``__init__.py`` is its folder's name.
"""

from __future__ import annotations

import ast
import fnmatch
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final

from .frameworks import FRAMEWORKS, EntryFunction, Framework
from .imports import ImportMap
from .model import FunctionNode, ModuleIndex
from .syntax import module_level_statements
from .testcode import project_path

#: Rows that need no import of their framework: asked of every module.
_UNIMPORTED: Final = tuple(row for fw in FRAMEWORKS for row in fw.entry_functions if row.unimported)
_UNIMPORTED_NAMES: Final = frozenset(name for row in _UNIMPORTED for name in row.names)


@lru_cache(maxsize=64)
def entry_rows(frameworks: tuple[Framework, ...]) -> tuple[EntryFunction, ...]:
    """The rows that apply to a module importing these frameworks."""
    imported = (row for fw in frameworks for row in fw.entry_functions if not row.unimported)
    return (*_UNIMPORTED, *imported)


def named_entries(
    index: ModuleIndex, rows: tuple[EntryFunction, ...], entry_points: tuple[str, ...]
) -> Iterator[FunctionNode]:
    """The module's functions that the rows or the user's entry points make handlers."""
    module = index.module
    configured = _configured_names(index.filename, entry_points)
    everywhere = tuple(row for row in rows if not row.module_level)
    for scope in index.functions():
        node = scope.function
        at_module_level = index.defined_in[node] is module
        if at_module_level and any(fnmatch.fnmatchcase(node.name, p) for p in configured):
            yield node
            continue
        applying = rows if at_module_level else everywhere
        if any(_matches(node, row, index.imports) for row in applying):
            yield node


def may_have_entries(body: list[ast.stmt], filename: str, entry_points: tuple[str, ...]) -> bool:
    """Whether a module-level function may be an entry point of a row that needs no import, or
    of the user's (the cheap gate, from the module's statements)."""
    configured = _configured_names(filename, entry_points)
    return any(
        node.name in _UNIMPORTED_NAMES or any(fnmatch.fnmatchcase(node.name, p) for p in configured)
        for node in _module_functions(body)
    )


def may_be_entry(
    functions: Iterable[FunctionNode],
    frameworks: tuple[Framework, ...],
    imports: ImportMap,
    filename: str,
    entry_points: tuple[str, ...],
) -> bool:
    """Whether one of ``functions`` (a module's, at any depth) may be an entry point: a superset
    of :func:`named_entries` for the statement-level gate."""
    rows = entry_rows(frameworks)
    configured = _configured_names(filename, entry_points)
    return any(
        any(fnmatch.fnmatchcase(node.name, p) for p in configured)
        or any(_matches(node, row, imports) for row in rows)
        for node in functions
    )


def _matches(node: FunctionNode, row: EntryFunction, imports: ImportMap) -> bool:
    if row.names and node.name not in row.names:
        return False
    params = [*node.args.posonlyargs, *node.args.args]
    regex = row.params_regex
    if regex is not None and not regex.fullmatch(", ".join(arg.arg for arg in params)):
        return False
    if row.annotations:
        patterns = row.annotation_patterns
        return any(
            _annotation(arg, imports) in patterns for arg in (*params, *node.args.kwonlyargs)
        )
    return True


def _annotation(arg: ast.arg, imports: ImportMap) -> str | None:
    """The qualified name of a parameter's annotation (``func.Out[str]``: ``func.Out``)."""
    annotation = arg.annotation
    if isinstance(annotation, ast.Subscript):
        annotation = annotation.value
    if isinstance(annotation, (ast.Name, ast.Attribute)):
        return imports.resolve(annotation)
    return None


def _module_functions(body: list[ast.stmt]) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Functions defined at module level, under ``if``/``try`` too."""
    for node in module_level_statements(body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def module_names(filename: str) -> tuple[str, ...]:
    """The dotted names a deployment may call the module by: every tail of its path from the
    folder flake8 runs in (``functions/orders/app.py``: ``functions.orders.app``,
    ``orders.app``, ``app``); a package's ``__init__.py`` is its folder."""
    return _module_names(project_path(filename, os.getcwd()))


@lru_cache(maxsize=1024)
def _module_names(path: str) -> tuple[str, ...]:
    parts = [part for part in path.split("/") if part not in ("", ".", "..")]
    if parts:
        parts[-1] = os.path.splitext(parts[-1])[0]
        if parts[-1] == "__init__":
            parts.pop()
    return tuple(".".join(parts[start:]) for start in range(len(parts)))


def _configured_names(filename: str, entry_points: tuple[str, ...]) -> tuple[str, ...]:
    """The function-name patterns of the entry points whose module pattern names this file."""
    if not entry_points:
        return ()
    return _names_for(module_names(filename), entry_points)


@lru_cache(maxsize=1024)
def _names_for(modules: tuple[str, ...], entry_points: tuple[str, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for pattern in entry_points:
        module, _, function = pattern.partition(":")
        if any(fnmatch.fnmatchcase(name, module) for name in modules):
            found.append(function)
    return tuple(found)
