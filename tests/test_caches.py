"""What the plugin reads once and keeps between files, and what it lets go.

Speed rests on these (docs/performance.md): another module of the project is parsed once
per process however many linted files ask about it, only a small summary of it is kept,
and no tree of it outlives the file that asked. Pattern sets and ordered node lists are
pure helpers with the same answers as the plain computation.
"""

from __future__ import annotations

import ast
import fnmatch
import gc
import os
import textwrap
from pathlib import Path

import pytest

from flake8_stateless import project, resolve
from flake8_stateless.analysis import analyze
from flake8_stateless.config import Config
from flake8_stateless.frameworks import GlobSet
from flake8_stateless.model import WRITES_AND_CALLS, ModuleIndex, build_index
from flake8_stateless.rules import singletons

STORE = """
class Repository:
    def __init__(self):
        self.rows = []

    def add(self, row):
        self.rows.append(row)


repository = Repository()
"""

#: Three routers of one service, each calling the shared instance of store.py.
ROUTER = """
from fastapi import APIRouter

from shop.store import repository

router = APIRouter()


@router.post("/{name}")
def create_{name}(payload: dict):
    repository.add(payload)
    return payload
"""


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "store.py").write_text(textwrap.dedent(STORE))
    for name in ("orders", "carts", "invoices"):
        (package / f"{name}.py").write_text(textwrap.dedent(ROUTER).replace("{name}", name))
    monkeypatch.chdir(tmp_path)
    for cached in (
        project._index_of,
        project._summary_of,
        resolve._resolve_cached,
        resolve._resolve_in_folder,
        resolve._attribute_of,
        singletons._class_state,
        singletons._function_effect,
    ):
        cached.cache_clear()
    return package


def test_another_module_is_parsed_once_for_every_file_that_asks(
    shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indexed: list[str] = []

    def counting(tree: ast.Module, filename: str) -> object:
        indexed.append(Path(filename).name)
        return build_index(tree, filename)

    monkeypatch.setattr(project, "build_index", counting)
    for name in ("orders", "carts", "invoices"):
        path = shop / f"{name}.py"
        findings = analyze(ast.parse(path.read_text()), str(path), Config())
        assert [f.code for f in findings] == ["SLS110"], findings
        # The other module's tree does not outlive the file that asked about it.
        assert project._index_of.cache_info().currsize == 0
    assert indexed == ["store.py"]


def test_no_index_outlives_its_file(shop: Path) -> None:
    """Neither the linted file's index nor another module's stays alive once its file is
    analysed (a cache keyed weakly by the index, whose value pointed back at it, once
    kept every linted file of a run: 127 MiB instead of 59 on open-webui's routers)."""
    for name in ("orders", "carts", "invoices", "store"):
        path = shop / f"{name}.py"
        analyze(ast.parse(path.read_text()), str(path), Config())
    gc.collect()
    alive = [o.filename for o in gc.get_objects() if isinstance(o, ModuleIndex)]
    assert alive == []


def test_no_tree_waits_for_a_full_garbage_collection(shop: Path) -> None:
    """What the analysis builds holds no reference cycle: each tree is freed as soon as its
    file (or the summary of another module) is done. A cycle (the request scope and its
    spread, an index and its class model) kept every tree until flake8's next full
    collection: 111 MiB instead of 62 on open-webui, whose 300 kB middleware module was
    summarized for a handler of main.py while earlier trees still waited."""
    gc.collect()
    gc.disable()
    try:
        gc.set_debug(gc.DEBUG_SAVEALL)
        for name in ("orders", "carts", "invoices", "store"):
            path = shop / f"{name}.py"
            assert analyze(ast.parse(path.read_text()), str(path), Config()) or name == "store"
        gc.collect()
        cyclic = [type(o).__name__ for o in gc.garbage if not isinstance(o, (ast.AST, dict, list))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert cyclic == []


def test_an_edited_module_is_read_again(shop: Path) -> None:
    path = shop / "orders.py"
    assert analyze(ast.parse(path.read_text()), str(path), Config())
    store = shop / "store.py"
    store.write_text(textwrap.dedent(STORE).replace("self.rows.append(row)", "return row"))
    stat = store.stat()
    # A later modification time, as an editor's save gives (the key of every summary).
    os.utime(store, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert analyze(ast.parse(path.read_text()), str(path), Config()) == []


#: A script folder (not a package) next to the project's ``app`` package: inside
#: ``scripts/app.py``, ``import app`` is the package (an import looks past the module
#: itself); in any other file of the folder it is ``scripts/app.py``.
SCRIPT = """
import app
from fastapi import APIRouter

router = APIRouter()


@router.post("/rows")
def add_row(payload: dict):
    app.repository.add(payload)
    return payload
"""


def test_answers_shared_by_a_folder_still_look_past_the_linted_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "__init__.py").write_text(textwrap.dedent(STORE))
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    (scripts / "app.py").write_text(textwrap.dedent(SCRIPT))
    (scripts / "other.py").write_text(textwrap.dedent(SCRIPT))
    monkeypatch.chdir(tmp_path)
    caches = (
        project._roots_of,
        project._find_module,
        resolve._resolve_cached,
        resolve._resolve_in_folder,
        resolve._attribute_of,
    )
    for cached in caches:
        cached.cache_clear()
    # For other.py, ``app`` is scripts/app.py, which has no repository: nothing to report.
    # That answer, shared by the folder, must not serve app.py, whose ``app`` is the package.
    assert (
        analyze(ast.parse((scripts / "other.py").read_text()), "scripts/other.py", Config()) == []
    )
    found = analyze(ast.parse((scripts / "app.py").read_text()), "scripts/app.py", Config())
    assert [f.code for f in found] == ["SLS110"]


PATTERNS = [
    (),
    ("app",),
    ("app", "router"),
    ("*session",),
    ("cache_*", "user_cache", "*.endpoint"),
    ("django.views.generic.*", "django.views.View", "rest_framework.[a-z]*"),
    ("",),
]
NAMES = [
    "",
    "app",
    "apps",
    "router",
    "session",
    "user_session",
    "sessions",
    "cache_users",
    "user_cache",
    "api.endpoint",
    "django.views.generic.DetailView",
    "django.views.View",
    "rest_framework.viewsets",
    "rest_framework.Viewsets",
]


@pytest.mark.parametrize("patterns", PATTERNS)
def test_globset_answers_as_fnmatchcase(patterns: tuple[str, ...]) -> None:
    globs = GlobSet(patterns)
    assert bool(globs) == bool(patterns)
    for name in NAMES:
        expected = any(fnmatch.fnmatchcase(name, p) for p in patterns)
        assert (name in globs) is expected, (patterns, name)
    assert None not in globs
    assert 3 not in globs


def test_in_order_is_source_order_and_computed_once() -> None:
    source = textwrap.dedent(
        """
        def handler(request):
            total = compute(request)
            seen[request.id] = total
            del cache[request.id]
            items += [total]
            log(total, note=label(total))
            return total
        """
    )
    index = build_index(ast.parse(source), "views.py")
    (function,) = index.functions()
    events = function.in_order(WRITES_AND_CALLS)
    positions = [(node.lineno, node.col_offset) for node in events]
    assert positions == sorted(positions)
    assert [type(node).__name__ for node in events] == [
        "Assign",
        "Call",
        "Assign",
        "Delete",
        "AugAssign",
        "Call",
        "Call",
    ]
    assert function.in_order(WRITES_AND_CALLS) is events
