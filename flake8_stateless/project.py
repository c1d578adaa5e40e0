"""Other modules of the linted project, read from disk (never imported or run).

``import store; store.sessions[sid] = user`` needs to know that ``sessions`` is a
module-level container of ``store.py``. The module is found beside the linted
file (its package and the folders above it), parsed with ``ast`` once per
process, and only its module-level bindings are kept.
"""

from __future__ import annotations

import ast
import os
from functools import lru_cache

from .containers import ContainerKind, scope_containers
from .model import build_index

_MAX_BYTES = 2_000_000


def _roots(filename: str) -> list[str]:
    """Folders an absolute import of the linted file may start from, nearest first."""
    here = os.path.dirname(os.path.abspath(filename))
    roots = [here]
    current = here
    while os.path.isfile(os.path.join(current, "__init__.py")):
        parent = os.path.dirname(current)
        if parent == current:
            break
        roots.append(parent)
        current = parent
    cwd = os.getcwd()
    for extra in (cwd, os.path.join(cwd, "src")):
        if extra not in roots:
            roots.append(extra)
    return roots


def _module_file(base: str, parts: list[str]) -> str | None:
    if not parts:
        init = os.path.join(base, "__init__.py")
        return init if os.path.isfile(init) else None
    path = os.path.join(base, *parts)
    for candidate in (path + ".py", os.path.join(path, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


def find_module(filename: str, qualified: str) -> str | None:
    """The source file of module ``qualified`` (``shop.store`` or ``..store``) as seen from
    ``filename``, if it is a module of the linted project."""
    return _find_module(os.path.abspath(filename), qualified)


@lru_cache(maxsize=4096)
def _find_module(filename: str, qualified: str) -> str | None:
    level = len(qualified) - len(qualified.lstrip("."))
    parts = [p for p in qualified[level:].split(".") if p]
    if level:
        base = os.path.dirname(os.path.abspath(filename))
        for _ in range(level - 1):
            base = os.path.dirname(base)
        return _module_file(base, parts)
    if not parts:
        return None
    for root in _roots(filename):
        found = _module_file(root, parts)
        if found is not None and os.path.abspath(found) != os.path.abspath(filename):
            return found
    return None


@lru_cache(maxsize=512)
def _containers_of(path: str, mtime_ns: int) -> dict[str, ContainerKind]:
    del mtime_ns  # part of the cache key only
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            return {}
        with open(path, "rb") as source:
            tree = ast.parse(source.read(), filename=path)
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    index = build_index(tree, path)
    return scope_containers(index, index.module)


def module_containers(path: str) -> dict[str, ContainerKind]:
    """Module-level container names of the module at ``path`` -> their kind."""
    try:
        mtime = os.stat(path).st_mtime_ns
    except OSError:
        return {}
    return _containers_of(path, mtime)


def imported_container(filename: str, qualified: str) -> tuple[str, str, ContainerKind] | None:
    """``(module, name, kind)`` where ``qualified`` (``.store.sessions``) names a container of
    another module of the project."""
    module, _, name = qualified.rpartition(".")
    if not name or not module.strip("."):
        return None
    path = find_module(filename, module)
    if path is None:
        return None
    kind = module_containers(path).get(name)
    if kind is None:
        return None
    return module.lstrip(".").rpartition(".")[2], name, kind
