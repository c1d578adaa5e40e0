"""Reliability: never crash, never execute linted code, the same answer everywhere.

The fuzz test runs a fixed seed and a bounded number of examples; a longer run is
``SLS_FUZZ_EXAMPLES=20000 pytest tests/test_reliability.py -k fuzz`` (docs/reliability.md).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_stateless.analysis import analyze
from flake8_stateless.config import Config
from flake8_stateless.understanding import request_scope_functions

hypothesis = pytest.importorskip("hypothesis")
hypothesmith = pytest.importorskip("hypothesmith")

from hypothesis import HealthCheck, given, settings  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

#: Every decorated function is a handler, so generated code reaches every rule family.
EVERYTHING_IS_A_HANDLER = Config(handler_decorators=("*",))

#: Framework imports and objects in front of generated code, so the gate lets it through.
HEADER = textwrap.dedent(
    """\
    import functools, itertools, collections
    from fastapi import FastAPI, APIRouter, Depends
    from flask import Flask, Blueprint
    from mcp.server.fastmcp import FastMCP
    from langchain.memory import ConversationBufferMemory
    app = FastAPI(); router = APIRouter(); bp = Blueprint("b", __name__); mcp = FastMCP("m")
    sessions = {}; history = []; cache = {}; counter = itertools.count()
    memory = ConversationBufferMemory()
    """
)


def _analyze_all_ways(source: str, must_parse: bool = False) -> None:
    """Analyse ``source`` alone and behind the framework header, with both configs; also
    read its request scope as ``flake8-stateless review`` does."""
    for text in (source, HEADER + source):
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            if must_parse:
                raise
            continue  # flake8 reports E999 itself; the plugin is never called
        for config in (Config(), EVERYTHING_IS_A_HANDLER):
            analyze(tree, "app.py", config)
            request_scope_functions(tree, "app.py", config)


_FUZZ_EXAMPLES = int(os.environ.get("SLS_FUZZ_EXAMPLES", "150"))
_FUZZ = settings(
    max_examples=_FUZZ_EXAMPLES,
    derandomize=True,  # a fixed seed: CI runs the same programs every time
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@_FUZZ
@given(hypothesmith.from_grammar())
def test_fuzz_any_valid_program_from_the_grammar(source: str) -> None:
    _analyze_all_ways(source)


@_FUZZ
@given(hypothesmith.from_node())
def test_fuzz_any_valid_program_from_syntax_nodes(source: str) -> None:
    _analyze_all_ways(source)


@_FUZZ
@given(hypothesmith.from_grammar(auto_target=False))
def test_fuzz_generated_code_inside_a_handler(source: str) -> None:
    body = textwrap.indent(source or "pass", "    ")
    _analyze_all_ways(f"@app.post('/x')\nasync def handler(request):\n{body}\n    pass\n")


SYNTAX = {
    "empty file": "",
    "only comments": "# one\n# two\n",
    "match statement": """
        @app.post("/m")
        def h(cmd):
            match cmd:
                case {"op": "add", **rest}:
                    sessions[rest["sid"]] = rest
                case [first, *others]:
                    history.append(first)
                case Point(x=0) | Point(x=1) as p:
                    pass
                case _:
                    cache[cmd] = cmd
        """,
    "walrus": """
        @app.get("/w")
        def h(k):
            if (item := sessions.get(k)) is not None:
                item["seen"] = True
            return [y for x in history if (y := x)]
        """,
    "async comprehensions and generators": """
        @app.get("/a")
        async def h(request):
            rows = [r async for r in request.stream()]
            async with request.form() as form, other() as (a, [b, *c]):
                history.extend(x async for x in form)
            return {k: v for k, v in sessions.items()}
        """,
    "decorators of any expression": """
        buttons = [app]
        @buttons[0].get("/x")
        @(lambda f: f)
        @app.get("/")("odd")
        @functools.lru_cache()(maxsize=3)
        def h(user_id):
            sessions[user_id] = 1
        """,
    "non-ASCII identifiers": """
        données = {}
        @app.post("/é")
        def créer(clé):
            données[clé] = "valeur"
        """,
    "huge literal": "BIG = [" + ", ".join(str(i) for i in range(50_000)) + "]\n",
    "huge string": "TEXT = '" + "x" * 2_000_000 + "'\n",
    "lambdas and dynamic routes as handlers": """
        app.add_api_route("/l", lambda request: sessions.clear())
        app.add_api_route("/d", getattr(views, "index"))
        getattr(app, "get")("/g")(handler)
        app.add_url_rule("/v", view_func=views[0])
        app.add_api_route(*routes)
        app.add_api_route(**kwargs)
        """,
}
SYNTAX_311 = {
    "star expressions in subscripts": """
        @app.get("/s")
        def h(*ts):
            cache[*ts] = 1
        """,
    "except star": """
        @app.get("/e")
        def h():
            try:
                pass
            except* ValueError as group:
                history.append(group)
        """,
}
SYNTAX_312 = {
    "PEP 695 type aliases and generics": """
        type Store[K] = dict[K, list[K]]
        class Repo[T: (int, str), *Ts, **P]:
            def add[U](self, item: U) -> U: ...
        @app.post("/g")
        def h[T](x: T) -> T:
            sessions[x] = x
            return x
        """,
}


@pytest.mark.parametrize(
    "source",
    [
        *SYNTAX.values(),
        *(SYNTAX_311.values() if sys.version_info >= (3, 11) else ()),
        *(SYNTAX_312.values() if sys.version_info >= (3, 12) else ()),
    ],
    ids=[
        *SYNTAX,
        *(SYNTAX_311 if sys.version_info >= (3, 11) else ()),
        *(SYNTAX_312 if sys.version_info >= (3, 12) else ()),
    ],
)
def test_syntax_of_every_supported_python(source: str) -> None:
    _analyze_all_ways(textwrap.dedent(source), must_parse=True)


def test_match_statement_findings_are_still_found() -> None:
    tree = ast.parse(HEADER + textwrap.dedent(SYNTAX["match statement"]))
    codes = {f.code for f in analyze(tree, "app.py", Config())}
    assert {"SLS103", "SLS104", "SLS105"} <= codes


def _deep(depth: int, leaf: ast.expr, wrap: type[ast.AST]) -> ast.expr:
    node = leaf
    for _ in range(depth):
        if wrap is ast.Attribute:
            node = ast.Attribute(value=node, attr="a", ctx=ast.Load())
        elif wrap is ast.List:
            node = ast.List(elts=[node], ctx=ast.Load())
        elif wrap is ast.Subscript:
            node = ast.Subscript(value=node, slice=ast.Constant(1), ctx=ast.Load())
        else:
            node = ast.BinOp(left=node, op=ast.Add(), right=ast.Constant(1))
    return node


@pytest.mark.parametrize("wrap", [ast.Attribute, ast.List, ast.Subscript, ast.BinOp])
def test_thousand_deep_nesting(wrap: type[ast.AST]) -> None:
    """Trees deeper than the parser accepts, built directly: no recursion in the plugin."""
    tree = ast.parse(HEADER + "@app.post('/x')\ndef h(k):\n    pass\n")
    handler = tree.body[-1]
    assert isinstance(handler, ast.FunctionDef)
    deep = _deep(1000, ast.Name("sessions", ast.Load()), wrap)
    store = _deep(1000, ast.Name("cache", ast.Load()), ast.Subscript)
    store.ctx = ast.Store()  # type: ignore[attr-defined]
    handler.body = [
        ast.Expr(ast.Call(ast.Attribute(deep, "append", ast.Load()), [deep], [])),
        ast.Assign(targets=[store], value=deep),
        ast.Expr(ast.Call(ast.Name("helper", ast.Load()), [deep], [])),
    ]
    handler.decorator_list.append(ast.Call(_deep(1000, ast.Name("app"), ast.Attribute), [], []))
    nested: ast.stmt = ast.Pass()
    for i in range(1000):
        nested = ast.FunctionDef(
            name=f"f{i}",
            args=ast.arguments([], [], None, [], [], None, []),
            body=[nested],
            decorator_list=[ast.Attribute(ast.Name("app"), "get")],
            returns=None,
            type_params=[],
        )
    tree.body.append(nested)
    for node in ast.walk(tree):  # ast.fix_missing_locations would recurse too deep
        if "lineno" in node._attributes and not hasattr(node, "lineno"):
            node.lineno, node.col_offset = 99, 0  # type: ignore[attr-defined]
            node.end_lineno, node.end_col_offset = 99, 1  # type: ignore[attr-defined]
    for config in (Config(), EVERYTHING_IS_A_HANDLER):
        findings = analyze(tree, "app.py", config)
        assert all(f.code.startswith("SLS") for f in findings)


# -- the plugin never imports or runs the code it lints -------------------------------

SENTINEL_MODULE = """\
import pathlib
pathlib.Path({sentinel!r}).joinpath({name!r}).write_text("imported")
"""


def _sentinel_project(tmp_path: Path) -> tuple[Path, Path]:
    sentinels = tmp_path / "sentinels"
    sentinels.mkdir()
    package = tmp_path / "shop"
    package.mkdir()
    header = SENTINEL_MODULE.format(sentinel=str(sentinels), name="{}")
    modules = {
        "__init__.py": "",
        "store.py": (
            "sessions = {}\ncarts: dict = {}\ndef remember(sid):\n    sessions[sid] = 1\n"
        ),
        "repository.py": ("from .models import Repo\nrepo = Repo()\n"),
        "models.py": (
            "class Repo:\n"
            "    def __init__(self):\n        self.rows = []\n"
            "    def add(self, row):\n        self.rows.append(row)\n"
        ),
        "api.py": (
            "from fastapi import FastAPI\n"
            "from . import store\n"
            "from .store import carts, remember\n"
            "from .repository import repo\n"
            "import shop.store as st\n"
            "app = FastAPI()\n"
            "@app.post('/login')\n"
            "def login(sid: str, cart_id: str):\n"
            "    store.sessions[sid] = 1\n"
            "    carts[cart_id] = []\n"
            "    st.carts.clear()\n"
            "    remember(sid)\n"
            "    repo.add(sid)\n"
        ),
    }
    for name, body in modules.items():
        (package / name).write_text(header.replace("{}", name) + body)
    return package, sentinels


def test_never_imports_linted_code_in_process(tmp_path: Path) -> None:
    package, sentinels = _sentinel_project(tmp_path)
    api = package / "api.py"
    findings = analyze(ast.parse(api.read_text()), str(api), Config())
    assert [f.code for f in findings] == ["SLS103", "SLS101", "SLS101", "SLS110", "SLS110"]
    assert list(sentinels.iterdir()) == []
    assert not any(name == "shop" or name.startswith("shop.") for name in sys.modules)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_never_imports_linted_code_through_flake8(tmp_path: Path, jobs: str) -> None:
    package, sentinels = _sentinel_project(tmp_path)
    result = _flake8(["-j", jobs, str(package)], cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.count(": SLS1") == 5
    assert list(sentinels.iterdir()) == []


# -- failure contract -------------------------------------------------------------------

BROKEN_RUN = """\
import multiprocessing, sys
import flake8_stateless.checker as checker
def broken(tree, filename, config):
    raise RuntimeError("boom")
checker.analyze = broken
if __name__ == "__main__":
    multiprocessing.set_start_method({method!r}, force=True)
    from flake8.main.cli import main
    sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_internal_error_is_one_line_naming_plugin_and_file(tmp_path: Path, jobs: str) -> None:
    (tmp_path / "app.py").write_text("from fastapi import FastAPI\napp = FastAPI()\n")
    (tmp_path / "other.py").write_text("from fastapi import FastAPI\n")
    runner = tmp_path / "run_broken.py"
    runner.write_text(BROKEN_RUN.format(method="fork"))
    result = subprocess.run(
        [sys.executable, str(runner), "--isolated", "--select", "SLS", "-j", jobs, "app.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if "flake8-stateless" in line]
    assert len(lines) == 1, result.stdout
    assert "app.py" in lines[0] and "RuntimeError('boom')" in lines[0]


# -- the same answer everywhere -----------------------------------------------------------


def _flake8(
    args: list[str], cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--isolated", "--select", "SLS", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


SPAWN_RUN = """\
import multiprocessing, sys
if __name__ == "__main__":
    multiprocessing.set_start_method("spawn", force=True)
    from flake8.main.cli import main
    sys.exit(main(sys.argv[1:]))
"""


def _lines(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.strip())


def test_same_findings_serial_parallel_spawn_file_by_file_and_stdin(tmp_path: Path) -> None:
    serial = _flake8(["-j1", "."], cwd=DATA)
    assert serial.returncode == 1 and serial.stdout, serial.stderr
    expected = _lines(serial.stdout)
    assert _lines(_flake8(["-j2", "."], cwd=DATA).stdout) == expected

    runner = tmp_path / "run_spawn.py"
    runner.write_text(SPAWN_RUN)
    spawned = subprocess.run(
        [sys.executable, str(runner), "--isolated", "--select", "SLS", "-j2", "."],
        cwd=DATA,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert _lines(spawned.stdout) == expected

    # File by file and from stdin, on the multi-module projects (cross-module resolution).
    for path in sorted((DATA / "projects").rglob("*.py")):
        relative = f"./{path.relative_to(DATA).as_posix()}"
        own = [line for line in expected if line.startswith(relative + ":")]
        assert _lines(_flake8([relative], cwd=DATA).stdout) == own
        piped = _flake8(["--stdin-display-name", relative, "-"], cwd=DATA, stdin=path.read_text())
        assert _lines(piped.stdout) == own


# -- astroid is used lazily ---------------------------------------------------------------

LAZY_ASTROID = """\
import ast, sys
from flake8_stateless.analysis import analyze
from flake8_stateless.config import Config
path = sys.argv[1]
analyze(ast.parse(open(path).read()), path, Config())
print("astroid" in sys.modules)
"""


@pytest.mark.parametrize(
    ("relative", "uses_astroid"),
    [
        ("fastapi/sls110_same_module.py", False),  # same-module classes: the stdlib tree only
        ("django/todos/views.py", False),
        ("projects/polls_site/polls/views.py", False),  # summaries answer: no inference
        ("projects/inventory/api.py", True),  # an instance made by a builder's method
        # a provider chosen by configuration among the module's classes: unsure, not inferred
        ("projects/ledger/files.py", False),
        # a class a loader returns from its argument, names a generated module binds through
        # globals(): unknown, not inferred (astroid could not tell either)
        ("projects/ledger/exporters.py", False),
    ],
)
def test_astroid_only_where_request_scope_calls_an_imported_instance(
    relative: str, uses_astroid: bool
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", LAZY_ASTROID, relative],
        cwd=DATA,  # flake8 runs at the project's root; tests/ above it would make it test code
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(uses_astroid)


RELEASED_ASTROID = """\
import ast, sys
from flake8_stateless import resolve
from flake8_stateless.analysis import analyze
from flake8_stateless.config import Config
path = sys.argv[1]
kept = [f.message for f in analyze(ast.parse(open(path).read()), path, Config())]
import astroid
built = len(astroid.MANAGER.astroid_cache)
resolve._MAX_ASTROID_MODULES = 0
resolve._infer.cache_clear()
again = [f.message for f in analyze(ast.parse(open(path).read()), path, Config())]
# Emptied, astroid bootstraps its builtins again at once: those are what is left.
print(len(astroid.MANAGER.astroid_cache) < built, kept == again and bool(kept))
"""


def test_astroid_cache_released_past_its_bound_with_the_same_findings() -> None:
    result = subprocess.run(
        [sys.executable, "-c", RELEASED_ASTROID, "projects/inventory/api.py"],
        cwd=DATA,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True"]
