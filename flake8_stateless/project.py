"""Other modules of the linted project, read from disk (never imported or run).

``import store; store.sessions[sid] = user`` needs to know that ``sessions`` is a
module-level container of ``store.py``. The module is found beside the linted
file (its package and the folders above it), parsed with ``ast`` once per
process, and only its module-level bindings are kept.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable
from functools import lru_cache
from typing import Final, TypeVar, cast

from .containers import ContainerKind, scope_containers
from .model import ModuleIndex, build_index

_MAX_BYTES = 2_000_000
T = TypeVar("T")


@lru_cache(maxsize=1)
def _stdlib() -> str:
    """The standard library's folder: never part of the linted project (``sysconfig`` is
    imported on the first question only)."""
    import sysconfig

    return os.path.abspath(sysconfig.get_path("stdlib")) + os.sep


#: ``os.path.abspath``, remembered: the working directory does not change during a run, and
#: the same few paths are asked about from every handler.
absolute = lru_cache(maxsize=8192)(os.path.abspath)


#: Files that mark the root of a project: the folders above it are not the project's.
_PROJECT_MARKERS: Final = ("pyproject.toml", "setup.py", "setup.cfg", "tox.ini", ".git")
#: How far above a file its project root is looked for.
_MAX_DEPTH: Final = 12


@lru_cache(maxsize=1024)
def _roots_of(here: str) -> tuple[str, ...]:
    """Folders an absolute import of a file in ``here`` may start from, nearest first: the
    file's folder and each folder above it, up to the project's root (the nearest folder
    that is not a package and holds a ``pyproject.toml``, ``setup.py``, ``setup.cfg``,
    ``tox.ini`` or ``.git``), and that root's ``src/``. They come from the files' own
    layout, never from the folder flake8 runs in, so that findings are the same from
    anywhere (namespace packages without ``__init__.py`` included)."""
    roots = [here]
    current = here
    for _ in range(_MAX_DEPTH):
        entries = _entries(current)
        if "__init__.py" not in entries and any(marker in entries for marker in _PROJECT_MARKERS):
            break  # a package is never the project's root (``onyx/setup.py`` is a module)
        parent = os.path.dirname(current)
        if os.path.dirname(parent) == parent:
            break  # never the file system's root: not a project
        roots.append(parent)
        current = parent
    source = os.path.join(current, "src")
    if source not in roots and "src" in _entries(current):
        roots.append(source)
    return tuple(roots)


@lru_cache(maxsize=1024)
def _entries(folder: str) -> frozenset[str]:
    """The names in a folder, listed once: most imports (fastapi, pydantic) are ruled out
    without touching the disk again."""
    try:
        return frozenset(os.listdir(folder))
    except OSError:
        return frozenset()


def _module_file(base: str, parts: list[str]) -> str | None:
    if not parts:
        init = os.path.join(base, "__init__.py")
        return init if os.path.isfile(init) else None
    if parts[0] not in _entries(base) and parts[0] + ".py" not in _entries(base):
        return None
    path = os.path.join(base, *parts)
    for candidate in (path + ".py", os.path.join(path, "__init__.py")):
        if os.path.isfile(candidate):
            return candidate
    return None


def find_module(filename: str, qualified: str) -> str | None:
    """The source file of module ``qualified`` (``shop.store`` or ``..store``) as seen from
    ``filename``, if it is a module of the linted project."""
    filename = absolute(filename)
    found = _find_module(os.path.dirname(filename), qualified)
    if found is not None and found == filename:
        # ``import app`` inside app.py: the module itself; look past it.
        found = _find_module(os.path.dirname(filename), qualified, filename)
    return found


@lru_cache(maxsize=4096)
def _find_module(folder: str, qualified: str, skip: str = "") -> str | None:
    """:func:`find_module` for every file of one folder (the answer depends on it only)."""
    level = len(qualified) - len(qualified.lstrip("."))
    parts = [p for p in qualified[level:].split(".") if p]
    if level:
        base = folder
        for _ in range(level - 1):
            base = os.path.dirname(base)
        return _module_file(base, parts)
    if not parts:
        return None
    for root in _roots_of(folder):
        found = _module_file(root, parts)
        if found is not None and os.path.abspath(found) != skip:
            return os.path.abspath(found)
    return None


#: Whole indexes kept while one file is analysed (see :func:`forget_trees`): the questions
#: about one module mostly come together, and the answers are kept as summaries
#: (:func:`module_summary`).
@lru_cache(maxsize=2)
def _index_of(path: str, mtime_ns: int) -> ModuleIndex | None:
    del mtime_ns  # part of the cache key only: an edited file is read again
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            return None
        with open(path, "rb") as source:
            tree = ast.parse(source.read(), filename=path)
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    return build_index(tree, path)


def forget_trees() -> None:
    """Drop the whole indexes read while one file was analysed; the summaries stay. The
    questions about a module come from one linted file at a time, and a tree kept for the
    next file would be walked again by each of flake8's full garbage collections."""
    _index_of.cache_clear()


def module_index(path: str) -> ModuleIndex | None:
    """The index of another module of the project, parsed from disk (never imported)."""
    mtime = modification_time(path)
    return None if mtime is None else _index_of(path, mtime)


def modification_time(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def module_summary(path: str, summarize: Callable[[ModuleIndex], T]) -> T | None:
    """``summarize(index)`` of the module at ``path``, computed once per process.

    Rules ask other modules the same questions from many linted files; a summary (a few
    names and strings) answers them without the module's tree, which is parsed again only
    if it has dropped out of the small cache of whole indexes. Every tree kept alive would
    be walked again by each of flake8's later full garbage collections.
    """
    mtime = modification_time(path)
    if mtime is None:
        return None
    return cast("T | None", _summary_of(path, mtime, summarize))


@lru_cache(maxsize=4096)
def _summary_of(path: str, mtime_ns: int, summarize: Callable[[ModuleIndex], object]) -> object:
    index = _index_of(path, mtime_ns)
    return None if index is None else summarize(index)


def module_containers(path: str) -> dict[str, ContainerKind]:
    """Module-level container names of the module at ``path`` -> their kind."""
    return module_summary(path, _module_level_containers) or {}


def _module_level_containers(index: ModuleIndex) -> dict[str, ContainerKind]:
    return scope_containers(index, index.module)


def in_project(filename: str, path: str) -> bool:
    """Whether ``path`` is a source file of the project ``filename`` belongs to (not an
    installed package)."""
    return _in_project(os.path.dirname(absolute(filename)), path)


@lru_cache(maxsize=8192)
def _in_project(folder: str, path: str) -> bool:
    """:func:`in_project` for every file of one folder (the answer depends on it only)."""
    real = absolute(path)
    if any(part in ("site-packages", "dist-packages") for part in real.split(os.sep)):
        return False
    if real.startswith(_stdlib()):
        return False
    return any(real.startswith(root + os.sep) for root in _roots_of(folder))


def module_name(path: str) -> str:
    """The dotted module name of ``path``, from the top of its package."""
    path = os.path.abspath(path)
    directory, base = os.path.split(path)
    parts = [] if base == "__init__.py" else [os.path.splitext(base)[0]]
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        directory, package = os.path.split(directory)
        parts.append(package)
        if not package:
            break
    return ".".join(reversed(parts))


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
