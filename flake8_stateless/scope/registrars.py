"""Request scope across modules: handlers registered in one module of the linted project
and defined in another (rules.md "Request scope across modules", frameworks.md C.10).

While a module is linted, the modules that may register its functions are read from disk
(never imported): the modules of its folder and of each folder above it up to the
project's root, the ``urls.py`` of those folders' subfolders, and the URLconfs they
``include()``. Each is summarized once per process (which functions and classes of which
project modules it registers); a cheap look at its bytes comes first (a registering word,
and the linted module's name), so that most are never parsed.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final, NamedTuple

from ..config import Config
from ..frameworks import FRAMEWORKS, HandlerClass
from ..frameworks.base import HTTP_METHODS
from ..model import ModuleIndex
from ..project import (
    _entries,
    _roots_of,
    absolute,
    find_module,
    in_project,
    modification_time,
    module_summary,
)
from ..resolve import project_definition
from ..testcode import in_spans, is_test_path

_MAX_BYTES: Final = 2_000_000
#: How many ``include()`` hops from the URLconfs found near a module are followed.
_MAX_INCLUDES: Final = 4
#: How many modules near a folder are looked at (nearest folders first): a flat folder of
#: thousands of modules costs a bounded look.
_MAX_CANDIDATES: Final = 2000
_INCLUDE: Final = frozenset({"django.urls.include", "django.conf.urls.include"})


class ImportedRegistration(NamedTuple):
    """A registering call given something the registering module imports."""

    qualified: str  # as imported: ``.tools.search``, ``shop.endpoints.cart``
    #: the row of the handler class whose instance is registered; None: a function
    instances: HandlerClass | None
    line: int


class Registration(NamedTuple):
    """A top-level function (or class, with ``instances``) of a module that another module
    of the project registers."""

    name: str
    instances: HandlerClass | None = None


class _Summary(NamedTuple):
    #: (defining module's path, top-level name, instances row)
    registered: tuple[tuple[str, str, HandlerClass | None], ...]
    #: the URLconfs it includes (paths)
    includes: tuple[str, ...]


#: Registering words that are also every program's container methods and pydantic's field
#: (``rows.append(``, ``seen.add(``, ``Field(default=...)``): looked for only in the shape of
#: a registration (see :func:`_registering_patterns`).
_COMMON_WORDS: Final = frozenset({"append", "insert", "add", "field", "Field"})
#: A string first: a method or a path (``router.add("GET", "/", views.index)``).
_STRING_FIRST: Final = r"\s*\(\s*[rbfuRBFU]*[\"']"


def _registering_patterns() -> tuple[re.Pattern[bytes], ...]:
    """What every module that registers another module's function holds: a call of a
    registering method or callee (``add_tool(``, ``path(``, ``.on(``), or a decorator
    called on a function (``mcp.tool()(fn)``). Several patterns, each searched on its own:
    one alternation of them all is tried at every byte of every module near the linted one,
    where most of these start with a literal that the search skips to."""
    words: set[str] = set()
    #: ``middlewares.append(``: a common word registers on a framework object's attribute
    attributed: set[str] = set()
    for fw in FRAMEWORKS:
        todo = list(fw.objects)
        while todo:
            obj = todo.pop()
            words.update(obj.registrars)
            for name, inner in obj.attributes.items():
                attributed.update(
                    rf"{re.escape(name)}\s*\.\s*{w}\s*\("
                    for w in inner.registrars
                    if w in _COMMON_WORDS
                )
                todo.append(inner)
        for call in fw.calls:
            words.update(q.rpartition(".")[2] for q in call.callees)
    # Open-ended callees (``add_*Servicer_to_server``) are found by their fixed end.
    ends = {w.rpartition("*")[2] for w in words if "*" in w} - {""}
    # The HTTP verbs only given a path and a name (``web.get("/pages", views.pages)``): every
    # module calls ``.get(``.
    words = {w for w in words if w and not any(c in w for c in "*?[")} - HTTP_METHODS
    words -= _COMMON_WORDS
    # A call as code writes it (``path(``, not the prose of a docstring: "the path (...)").
    sources = [
        rf"\b{_alternation({w for w in words if len(w) > 3})}\(",
        rf"\.{_alternation({w for w in words if len(w) <= 3})}\(",  # ``.on(``: a method
        rf"{_alternation(ends)}\(",
        # a decorator called on a function: ``mcp.tool()(tools.search)``, ``app.route("/")(fn)``
        r"\.\w+\([^()\n]*\)\(\s*[\w.]+\s*\)",
        rf"\b{_alternation(HTTP_METHODS)}{_STRING_FIRST}/[^\"'\n]*[\"']\s*,\s*[\w.]+\s*[,)]",
        rf"\.add{_STRING_FIRST}",
        # ``strawberry.field(resolver=get_books)``, ``graphene.Field(User, resolver=fn)``,
        # ``strawberry.field(resolvers.get_books)``
        r"\b[Ff]ield\((?:\s*\w+\.\w[\w.]*\s*\)|[^()]*\bresolver\s*=)",
        *sorted(attributed),
    ]
    return tuple(re.compile(source.encode()) for source in sources)


def _alternation(words: Iterable[str]) -> str:
    """A group matching any of ``words``, their common prefixes written once (``add_(?:get|
    post)``): the search tries one letter where a plain alternation tries every word."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}

    def group(node: dict[str, dict[str, Any]]) -> str:
        branches = [
            re.escape(letter) + group(rest) for letter, rest in sorted(node.items()) if letter
        ]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
        return f"(?:{body})?" if "" in node else body

    return f"(?:{group(tree)})"


_REGISTERING: Final = _registering_patterns()


def registrations_of(filename: str) -> dict[str, Registration]:
    """The top-level names of the module ``filename`` that other modules of its project
    register as handlers."""
    target = absolute(filename)
    if not target.endswith(".py") or not in_project(target, target):
        return {}  # an installed package's or the standard library's module: not the project's
    return dict(_registrations_of(target, modification_time(target) or 0))


@lru_cache(maxsize=4096)
def _registrations_of(target: str, mtime_ns: int) -> tuple[tuple[str, Registration], ...]:
    del mtime_ns  # the cache key only
    folder, base = os.path.split(target)
    stem = os.path.basename(folder) if base == "__init__.py" else base[:-3]
    found: dict[str, Registration] = {}
    for registrar, imported in _registrars_near(folder):
        if registrar == target or stem not in imported:
            continue
        summary = _summary(registrar)
        for path, name, instances in summary.registered if summary else ():
            if path == target:
                found.setdefault(name, Registration(name, instances))
    return tuple(sorted(found.items()))


@lru_cache(maxsize=1024)
def _registrars_near(folder: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The modules that may register a function of a module in ``folder``, with the names
    their imports mention: the modules of the folder and of each folder above it up to the project's
    root, the ``urls.py`` of those folders' subfolders (a project's root URLconf beside its
    apps), and the URLconfs these include; only those that hold a registering call."""
    candidates: list[str] = []
    urlconfs: list[str] = []
    for root in _roots_of(folder):
        entries = _entries(root)
        for name in sorted(entries):
            path = os.path.join(root, name)
            if name.endswith(".py"):
                candidates.append(path)
            elif "." not in name and "urls.py" in _entries(path):
                urlconfs.append(os.path.join(path, "urls.py"))
    candidates = candidates[:_MAX_CANDIDATES] + urlconfs[:_MAX_CANDIDATES]
    seen = set(candidates)
    todo = [p for p in candidates if os.path.basename(p) == "urls.py"]
    for _ in range(_MAX_INCLUDES):
        included: list[str] = []
        for urlconf in todo:
            summary = _summary(urlconf) if _registering_imports(urlconf) is not None else None
            for path in summary.includes if summary else ():
                if path not in seen:
                    seen.add(path)
                    included.append(path)
        candidates.extend(included)
        todo = included
    found = []
    for path in candidates:
        imported = _registering_imports(path)
        if imported is not None and not is_test_path(path):
            found.append((path, imported))
    return tuple(found)


_IMPORT: Final = re.compile(
    rb"^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))",
    re.MULTILINE,
)
_WORD: Final = re.compile(rb"\w+")


def _imported_names(source: bytes) -> frozenset[str]:
    """Every name the module's import statements mention (modules and what they import): a
    module that registers a function of ``shop/endpoints.py`` imports ``endpoints``."""
    names: set[str] = set()
    for match in _IMPORT.finditer(source):
        for group in match.groups():
            if group:
                names.update(word.decode("ascii", "replace") for word in _WORD.findall(group))
    return frozenset(names)


def _registering_imports(path: str) -> frozenset[str] | None:
    """The names the module's imports mention if it holds a registering call (else None):
    the cheap look, which keeps no source."""
    mtime = modification_time(path)
    return None if mtime is None else _imports_if_registering(path, mtime)


@lru_cache(maxsize=8192)
def _imports_if_registering(path: str, mtime_ns: int) -> frozenset[str] | None:
    del mtime_ns  # the cache key only
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            return None
        with open(path, "rb") as source:
            data = source.read()
    except OSError:
        return None
    registers = any(pattern.search(data) for pattern in _REGISTERING)
    return _imported_names(data) if registers else None


def _summary(path: str) -> _Summary | None:
    return module_summary(path, _summarize)


def _summarize(index: ModuleIndex) -> _Summary:
    """What one module registers of other project modules, and the URLconfs it includes."""
    from . import RequestScope  # the registrar's own request scope: its registering calls

    if not index.imports.frameworks:
        return _Summary((), ())
    scope = RequestScope(index, Config())
    path = index.filename
    registered: list[tuple[str, str, HandlerClass | None]] = []
    for imported in scope.imported_registrations:
        if in_spans(imported.line, scope.test_spans):
            continue  # an app a test builds registers nothing
        definition = _definition(path, imported.qualified)
        if definition is not None:
            registered.append((definition[0], definition[1], imported.instances))
    return _Summary(tuple(registered), _includes(index))


def _definition(importer: str, qualified: str) -> tuple[str, str] | None:
    """Where the function or class ``qualified`` (as ``importer`` imports it) is defined in
    the project."""
    found = project_definition(importer, qualified)
    if found is None or found.kind not in ("function", "class"):
        return None
    return absolute(found.path), found.name


def _includes(index: ModuleIndex) -> tuple[str, ...]:
    """The URLconfs ``include("shop.urls")`` or ``include(shop_urls)`` names (Django)."""
    found: list[str] = []
    for scope in (index.module, *index.scopes.values()):
        for call in scope.of(ast.Call):
            if not call.args or index.imports.resolve(call.func) not in _INCLUDE:
                continue
            target = call.args[0]
            if isinstance(target, ast.Tuple) and target.elts:  # include(("app.urls", "app"))
                target = target.elts[0]
            if isinstance(target, ast.Constant) and isinstance(target.value, str):
                module: str | None = target.value
            else:
                module = index.imports.resolve(target)
            path = find_module(index.filename, module) if module else None
            if path is not None and in_project(index.filename, path):
                found.append(absolute(path))
    return tuple(found)
