"""Which modules are settings modules, and which settings are not the deployed ones.

The cheap gate (:func:`looks_like_settings`), test and development settings by file
name and ``DEBUG = True`` overlays, branches that run only in debug or test runs, and
what star-imported or star-importing sibling settings modules write (read from disk,
never imported).
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Final

from ...frameworks import every, merged
from ...frameworks.django import DJANGO
from ...model import ModuleIndex, Scope
from ...project import find_module, module_index
from ...syntax import constant_str
from ...testcode import is_test_path

#: Rate limiters' storage settings (read by the gate as well as :mod:`.limiter`).
LIMITER_STORAGE_KEYS: Final = every(lambda fw: fw.backends.storage_settings)

#: The settings that name a backend (upper-case names, as the frameworks spell them), and
#: those only read with them.
_BACKEND_KEYS: Final = frozenset(
    {
        *every(lambda fw: fw.backends.local_values),
        *every(lambda fw: fw.backends.local_objects),
        *every(lambda fw: fw.backends.client_values),
        *LIMITER_STORAGE_KEYS,
    }
)
SETTINGS_KEYS: Final = _BACKEND_KEYS | every(lambda fw: fw.backends.other_settings)
#: Settings that map aliases to ``{"BACKEND": ...}`` (``CACHES``) -> what they keep.
ALIASED_SETTINGS: Final = merged(lambda fw: fw.backends.aliased_settings)
_GATE_KEYS: Final = _BACKEND_KEYS
#: Extensions whose modules may configure a backend without importing a framework.
_GATE_PACKAGES: Final = every(lambda fw: fw.backends.extensions)

# -- test and development settings ------------------------------------------------------

TEST_WORDS: Final = frozenset({"test", "tests", "testing", "conftest", "testsettings"})
DEV_WORDS: Final = frozenset({"dev", "develop", "development", "local", "debug"})
_SETTINGS_WORDS: Final = frozenset({"settings", "config", "conf", "configs", "configuration"})
_SETTINGS_DIRS: Final = _SETTINGS_WORDS | frozenset({"environments", "envs"})
#: Folders whose modules are not the project's deployed configuration, beyond test code
#: (:mod:`...testcode`): test support, and installed packages (Django's own
#: ``global_settings.py`` holds its LocMemCache default).
_TEST_DIRS: Final = frozenset({"testing", "site-packages", "dist-packages"})
#: Names whose truth means a debug/test run (``if DEBUG:``, ``if app.testing:``).
_DEBUG_NAMES: Final = frozenset(
    {"debug", "testing", "is_debug", "is_dev", "is_development", "is_testing", "is_local"}
)
_DEBUG_KEYS: Final = frozenset({"DEBUG", "TESTING"})
_DEV_VALUES: Final = frozenset({"dev", "develop", "development", "local", "test", "testing"})
_PROD_VALUES: Final = frozenset({"prod", "production", "live"})
_MAX_STAR_DEPTH: Final = 8
#: What makes a module a whole Django settings module (not a component of one).
DJANGO_ANCHOR: Final = DJANGO.backends.settings_anchor or ""
_WATCHED_KEYS: Final = SETTINGS_KEYS | {DJANGO_ANCHOR}


def looks_like_settings(tree: ast.Module) -> bool:
    """Cheap: does the module assign settings that name a session or cache backend, or
    import an extension that takes one?

    Only top-level statements (through top-level ``if``/``try``/``with``) and the direct
    statements of top-level classes are looked at: this runs on every file flake8 sees
    that imports no framework.
    """
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Assign):
            if any(_gate_target(target) for target in node.targets):
                return True
        elif isinstance(node, ast.AnnAssign):
            if _gate_target(node.target):
                return True
        elif isinstance(node, ast.ImportFrom):
            if node.module and node.module.partition(".")[0] in _GATE_PACKAGES:
                return True
        elif isinstance(node, ast.Import):
            if any(alias.name.partition(".")[0] in _GATE_PACKAGES for alias in node.names):
                return True
        elif isinstance(node, ast.ClassDef):
            todo.extend(s for s in node.body if isinstance(s, (ast.Assign, ast.AnnAssign)))
        elif isinstance(node, (ast.If, ast.With)):
            todo.extend(node.body)
            if isinstance(node, ast.If):
                todo.extend(node.orelse)
        elif isinstance(node, ast.Try):
            todo.extend(node.body)
            todo.extend(node.orelse)
            todo.extend(node.finalbody)
            for handler in node.handlers:
                todo.extend(handler.body)
    return False


def _gate_target(target: ast.expr) -> bool:
    while isinstance(target, ast.Subscript):
        target = target.value
    return isinstance(target, ast.Name) and target.id in _GATE_KEYS


def sets_debug(node: ast.Assign) -> bool:
    """``DEBUG = True`` / ``TESTING = True``."""
    value = node.value
    return (
        isinstance(value, ast.Constant)
        and value.value is True
        and any(isinstance(t, ast.Name) and t.id in _DEBUG_KEYS for t in node.targets)
    )


def _debug_test(test: ast.expr) -> bool | None:
    """``True``: the ``if`` body runs only in debug/test runs; ``False``: the ``else`` does."""
    negated = False
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        negated = not negated
        test = test.operand
    if isinstance(test, ast.BoolOp):
        result = True if any(_debug_atom(v) is True for v in test.values) else None
    else:
        result = _debug_atom(test)
    return None if result is None else result != negated


def _debug_atom(test: ast.expr) -> bool | None:
    if isinstance(test, ast.Name):
        return True if test.id.lower() in _DEBUG_NAMES else None
    if isinstance(test, ast.Attribute):
        return True if test.attr.lower() in _DEBUG_NAMES else None
    if isinstance(test, ast.Subscript):  # app.config["DEBUG"]
        return True if constant_str(test.slice) in _DEBUG_KEYS else None
    if isinstance(test, ast.Call):  # env.bool("DJANGO_DEBUG"), os.getenv("DEBUG")
        first = constant_str(test.args[0]) if test.args else None
        words = set(re.split(r"[^A-Z0-9]+", first.upper())) if first else set()
        return True if words & _DEBUG_KEYS else None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:  # ENV == "production"
        right = test.comparators[0]
        values = list(right.elts) if isinstance(right, (ast.Tuple, ast.List, ast.Set)) else [right]
        strings = {s.lower() for s in map(constant_str, [*values, test.left]) if s is not None}
        op = test.ops[0]
        positive = isinstance(op, (ast.Eq, ast.In))
        if not strings or not (positive or isinstance(op, (ast.NotEq, ast.NotIn))):
            return None
        if strings <= _DEV_VALUES:
            return positive
        if strings <= _PROD_VALUES:
            return not positive
    return None


def debug_spans(scope: Scope) -> list[tuple[int, int]]:
    """Line ranges of the branches in ``scope`` that run only in debug or test runs."""
    spans: list[tuple[int, int]] = []
    for branch in scope.of(ast.If):
        verdict = _debug_test(branch.test)
        if verdict is None:
            continue
        body = branch.body if verdict else branch.orelse
        if body:
            spans.append((body[0].lineno, body[-1].end_lineno or body[-1].lineno))
    return spans


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", name.lower()) if w}


def exempt_path(filename: str) -> bool:
    """Test code, test and development settings (``settings/test.py``, ``local.py`` in a
    settings folder), test support folders and installed packages."""
    if is_test_path(filename):
        return True
    directory, base = os.path.split(os.path.abspath(filename))
    stem = _words(os.path.splitext(base)[0])
    if stem & TEST_WORDS:
        return True
    parent = os.path.basename(directory).lower()
    if stem & DEV_WORDS and (stem & _SETTINGS_WORDS or parent in _SETTINGS_DIRS):
        return True
    return any(name.lower() in _TEST_DIRS for name in _folders(directory))


@lru_cache(maxsize=1024)
def _folders(directory: str) -> tuple[str, ...]:
    """The file's folder, the one above it, and every package folder that encloses it."""
    names = [os.path.basename(directory), os.path.basename(os.path.dirname(directory))]
    current = directory
    while os.path.isfile(os.path.join(current, "__init__.py")):
        parent = os.path.dirname(current)
        if parent == current:
            break
        names.append(os.path.basename(parent))
        current = parent
    return tuple(names)


def dev_overlay(index: ModuleIndex) -> bool:
    """``from .base import *`` and then ``DEBUG = True``: development settings."""
    module = index.module
    if not any(a.name == "*" for node in module.of(ast.ImportFrom) for a in node.names):
        return False
    return any(sets_debug(node) for node in module.of(ast.Assign))


def _assigned_settings(index: ModuleIndex) -> frozenset[str]:
    """The settings a module writes at module level (assigned, or items assigned)."""
    names = set(index.module.local_names) & _WATCHED_KEYS
    for node in index.module.of(ast.Assign):
        for target in node.targets:
            while isinstance(target, ast.Subscript):
                target = target.value
            if isinstance(target, ast.Name) and target.id in _WATCHED_KEYS:
                names.add(target.id)
    return frozenset(names)


def star_chain(filename: str, qualified: str) -> tuple[frozenset[str], bool]:
    """What ``from <qualified> import *`` in ``filename`` brings: the settings that module
    (and what it star-imports in turn) writes, and whether every module of the chain is a
    file of the project (read from disk, never imported)."""
    names: set[str] = set()
    todo = [(filename, qualified, 0)]
    seen: set[str] = set()
    resolved = True
    while todo:
        origin, name, depth = todo.pop()
        path = find_module(origin, name)
        index = module_index(path) if path is not None and depth <= _MAX_STAR_DEPTH else None
        if path is None or index is None:
            resolved = False
            continue
        if path in seen:
            continue
        seen.add(path)
        names |= _assigned_settings(index)
        for node in index.module.of(ast.ImportFrom):
            if any(alias.name == "*" for alias in node.names):
                todo.append((path, "." * node.level + (node.module or ""), depth + 1))
    return frozenset(names), resolved


@lru_cache(maxsize=256)
def split_settings_component(directory: str) -> bool:
    """Whether a package above the module puts settings together with django-split-settings
    (``include("components/*.py")``): what the module lacks may come from a sibling."""
    current = directory
    for _ in range(3):
        init = os.path.join(current, "__init__.py")
        try:
            with open(init, "rb") as source:
                if b"split_settings" in source.read():
                    return True
        except OSError:
            pass
        current = os.path.dirname(current)
    return False


def every_importer_overrides(filename: str, keys: Iterable[str]) -> bool:
    """Whether ``filename`` is a base settings module that sibling modules star-import,
    and every sibling that is not test or development settings sets ``keys`` itself
    (``settings/base.py`` with LocMemCache, replaced in ``settings/production.py``)."""
    path = os.path.abspath(filename)
    directory = os.path.dirname(path)
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return False
    wanted = set(keys)
    deployed = 0
    for name in names:
        sibling = os.path.join(directory, name)
        if not name.endswith(".py") or sibling == path:
            continue
        summary = _star_importer(sibling, path)
        if summary is None or summary[1]:
            continue  # not an importer, or test/development settings
        if not summary[0] & wanted:
            return False
        deployed += 1
    return deployed > 0


def _star_importer(sibling: str, target: str) -> tuple[frozenset[str], bool] | None:
    """(settings it writes, whether it is test/development settings) if ``sibling``
    star-imports ``target``."""
    try:
        with open(sibling, "rb") as source:
            if b"import *" not in source.read():
                return None
    except OSError:
        return None
    index = module_index(sibling)
    if index is None:
        return None
    for node in index.module.of(ast.ImportFrom):
        if any(alias.name == "*" for alias in node.names):
            found = find_module(sibling, "." * node.level + (node.module or ""))
            if found is not None and os.path.abspath(found) == target:
                exempt = exempt_path(sibling) or dev_overlay(index)
                return _assigned_settings(index), exempt
    return None
