"""End-to-end tests: the installed plugin driven through real ``flake8`` processes.

Each test writes a few small files into a temporary directory and runs
``python -m flake8`` there, exactly as a user, pre-commit or an editor would.
``--isolated`` is passed wherever a config file is not the point, so that no
config file of the machine running the tests changes the result.
"""

from __future__ import annotations

import importlib.metadata
import subprocess
import textwrap
from pathlib import Path

import pytest
from flake8_output import Reported as Finding
from flake8_output import reported as findings
from flake8_output import run_flake8 as flake8

FASTAPI_TODOS = '''\
"""A to-do service that keeps its data in process memory."""

from fastapi import FastAPI

app = FastAPI()
todos = {}


@app.post("/todos/{todo_id}")
def create_todo(todo_id: int, title: str) -> dict:
    todos[todo_id] = title
    return {"id": todo_id, "title": title}
'''
MUTATION = "todos[todo_id] = title"

# Four module-level containers, each written by one handler. By default every write
# is SLS101; the name options move one of them to SLS103/SLS104/SLS105 or silence it.
FASTAPI_STORES = """\
from fastapi import FastAPI

app = FastAPI()
todos = {}
visitors = {}
backlog = []
stash = {}


@app.post("/todos/{todo_id}")
def create_todo(todo_id: int, title: str) -> dict:
    todos[todo_id] = title
    return {"id": todo_id}


@app.post("/hello/{name}")
def hello(name: str) -> dict:
    visitors[name] = True
    return {"hello": name}


@app.post("/notes")
def add_note(text: str) -> dict:
    backlog.append(text)
    return {"count": len(backlog)}


@app.get("/users/{user_id}")
def get_user(user_id: int) -> dict:
    stash[user_id] = {"id": user_id}
    return stash[user_id]
"""
STORE_WRITES = {
    "todos": "todos[todo_id] = title",
    "visitors": "visitors[name] = True",
    "backlog": "backlog.append(text)",
    "stash": "stash[user_id] = {",
}

# An in-house routing decorator: request scope only when the option names it.
CUSTOM_ROUTE = """\
from myapp import route

seen = []


@route("/ping")
def ping(name):
    seen.append(name)
    return "pong"
"""

CONFIG_FILES = ("setup.cfg", "tox.ini", ".flake8")


def position(source: str, text: str) -> tuple[int, int]:
    """1-based line and column (as flake8 prints them) of ``text`` in ``source``."""
    for number, line in enumerate(source.splitlines(), start=1):
        if text in line:
            return number, line.index(text) + 1
    raise AssertionError(f"{text!r} not in source")


def write(directory: Path, name: str, content: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(content), encoding="utf-8")
    return path


def flake8_config(directory: Path, name: str, body: str) -> None:
    """Write a ``[flake8]`` section into ``setup.cfg``, ``tox.ini`` or ``.flake8``."""
    write(directory, name, "[flake8]\n" + textwrap.dedent(body))


def todo_finding(path: str = "app.py") -> Finding:
    return Finding(path, *position(FASTAPI_TODOS, MUTATION), "SLS101")


def store_findings(**codes: str | None) -> list[Finding]:
    """Findings on FASTAPI_STORES: SLS101 for each store unless overridden (None: none)."""
    out = []
    for store, text in STORE_WRITES.items():
        code = codes.get(store, "SLS101")
        if code is not None:
            out.append(Finding("app.py", *position(FASTAPI_STORES, text), code))
    return sorted(out)


@pytest.fixture(scope="module", autouse=True)
def _plugin_installed() -> None:
    eps = importlib.metadata.entry_points(group="flake8.extension")
    if not any(ep.name == "SLS" for ep in eps):
        pytest.fail(
            "flake8-stateless is not installed in this interpreter: pip install -e '.[test]'"
        )


# -- the plugin is registered -------------------------------------------------------------


def test_version_lists_plugin(tmp_path: Path) -> None:
    result = flake8(tmp_path, "--version")
    assert result.returncode == 0, result
    version = importlib.metadata.version("flake8-stateless")
    assert f"flake8-stateless: {version}" in result.stdout


def test_help_lists_options(tmp_path: Path) -> None:
    result = flake8(tmp_path, "--help")
    assert result.returncode == 0, result
    for option in (
        "--stateless-handler-decorators",
        "--stateless-allowed-names",
        "--stateless-session-names",
        "--stateless-history-names",
        "--stateless-cache-names",
        "--stateless-idempotency-exempt",
    ):
        assert option in result.stdout


# -- findings and their position ----------------------------------------------------------


def test_select_sls_reports_exact_position(tmp_path: Path) -> None:
    write(tmp_path, "app.py", FASTAPI_TODOS)
    result = flake8(tmp_path, "--isolated", "--select", "SLS", "app.py")
    assert findings(result) == [todo_finding()]
    assert position(FASTAPI_TODOS, MUTATION) == (11, 5)
    assert result.stdout.startswith("app.py:11:5: SLS101 ")
    assert "'todos'" in result.stdout
    assert "create_todo" in result.stdout
    assert len(result.stdout.splitlines()) == 1


def test_plain_flake8_reports_it_too(tmp_path: Path) -> None:
    # The file is clean for pycodestyle and pyflakes: the only finding is the plugin's.
    write(tmp_path, "app.py", FASTAPI_TODOS)
    assert findings(flake8(tmp_path, "--isolated", "app.py")) == [todo_finding()]


def test_stateless_code_is_clean(tmp_path: Path) -> None:
    write(
        tmp_path,
        "app.py",
        """\
        from fastapi import FastAPI

        app = FastAPI()
        DEFAULT_TITLES = {1: "write docs"}


        @app.post("/todos/{todo_id}")
        def create_todo(todo_id: int, title: str) -> dict:
            todos = dict(DEFAULT_TITLES)
            todos[todo_id] = title
            return {"id": todo_id, "title": todos[todo_id]}
        """,
    )
    assert findings(flake8(tmp_path, "--isolated", "app.py")) == []


# -- noqa and per-file-ignores ------------------------------------------------------------


@pytest.mark.parametrize(
    ("comment", "suppressed"),
    [
        ("# noqa: SLS101", True),
        ("# noqa", True),
        ("# noqa: E501", False),
        ("# noqa: SLS103", False),
    ],
)
def test_noqa(tmp_path: Path, comment: str, suppressed: bool) -> None:
    write(tmp_path, "app.py", FASTAPI_TODOS.replace(MUTATION, f"{MUTATION}  {comment}"))
    result = flake8(tmp_path, "--isolated", "--select", "SLS", "app.py")
    assert findings(result) == ([] if suppressed else [todo_finding()])


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_per_file_ignores(tmp_path: Path, config: str) -> None:
    write(tmp_path, "app.py", FASTAPI_TODOS)
    write(tmp_path, "other.py", FASTAPI_TODOS)
    flake8_config(tmp_path, config, "per-file-ignores = app.py:SLS101\n")
    result = flake8(tmp_path, "--select", "SLS", "app.py", "other.py")
    assert findings(result) == [todo_finding("other.py")]


def test_per_file_ignores_with_stdin_display_name(tmp_path: Path) -> None:
    flake8_config(tmp_path, "setup.cfg", "per-file-ignores = app.py:SLS101\n")
    args = ("--select", "SLS", "--stdin-display-name")
    assert findings(flake8(tmp_path, *args, "app.py", "-", stdin=FASTAPI_TODOS)) == []
    result = flake8(tmp_path, *args, "other.py", "-", stdin=FASTAPI_TODOS)
    assert findings(result) == [todo_finding("other.py")]


def test_stdin(tmp_path: Path) -> None:
    result = flake8(
        tmp_path,
        "--isolated",
        "--select",
        "SLS",
        "--stdin-display-name",
        "app.py",
        "-",
        stdin=FASTAPI_TODOS,
    )
    assert findings(result) == [todo_finding()]


# -- options: config file and command line ------------------------------------------------

OPTION_CASES = [
    # option, value, expected findings on FASTAPI_STORES with the option
    ("stateless-allowed-names", "todos", store_findings(todos=None)),
    ("stateless-session-names", "visitors", store_findings(visitors="SLS103")),
    ("stateless-history-names", "backlog", store_findings(backlog="SLS104")),
    ("stateless-cache-names", "stash", store_findings(stash="SLS105")),
    ("stateless-allowed-names", "todos,visitors", store_findings(todos=None, visitors=None)),
]
OPTION_IDS = [f"{option}={value}" for option, value, _ in OPTION_CASES]


def test_store_defaults(tmp_path: Path) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    result = flake8(tmp_path, "--isolated", "--select", "SLS", "app.py")
    assert findings(result) == store_findings()


@pytest.mark.parametrize(("option", "value", "expected"), OPTION_CASES, ids=OPTION_IDS)
def test_option_from_config(
    tmp_path: Path, option: str, value: str, expected: list[Finding]
) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    flake8_config(tmp_path, "setup.cfg", f"{option} = {value}\n")
    assert findings(flake8(tmp_path, "--select", "SLS", "app.py")) == expected


@pytest.mark.parametrize(("option", "value", "expected"), OPTION_CASES, ids=OPTION_IDS)
def test_option_from_command_line(
    tmp_path: Path, option: str, value: str, expected: list[Finding]
) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    result = flake8(tmp_path, "--isolated", "--select", "SLS", f"--{option}={value}", "app.py")
    assert findings(result) == expected


@pytest.mark.parametrize("config", CONFIG_FILES)
def test_option_in_each_config_file(tmp_path: Path, config: str) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    flake8_config(tmp_path, config, "stateless_cache_names = stash\n")
    expected = store_findings(stash="SLS105")
    assert findings(flake8(tmp_path, "--select", "SLS", "app.py")) == expected


def test_multi_line_option_in_config(tmp_path: Path) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    flake8_config(
        tmp_path,
        "tox.ini",
        """\
        stateless-cache-names =
            stash,
            other_*
        stateless-allowed-names =
            todos,
        """,
    )
    expected = store_findings(todos=None, stash="SLS105")
    assert findings(flake8(tmp_path, "--select", "SLS", "app.py")) == expected


def test_command_line_overrides_config(tmp_path: Path) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    flake8_config(tmp_path, ".flake8", "stateless-cache-names = stash\n")
    result = flake8(
        tmp_path, "--select", "SLS", "--stateless-cache-names=nothing_like_it", "app.py"
    )
    assert findings(result) == store_findings()


def test_handler_decorators(tmp_path: Path) -> None:
    write(tmp_path, "jobs.py", CUSTOM_ROUTE)
    expected = [Finding("jobs.py", *position(CUSTOM_ROUTE, "seen.append(name)"), "SLS101")]
    args = ("--select", "SLS", "jobs.py")

    assert findings(flake8(tmp_path, "--isolated", *args)) == []
    option = "--stateless-handler-decorators=myapp.route"
    assert findings(flake8(tmp_path, "--isolated", option, *args)) == expected
    flake8_config(tmp_path, "setup.cfg", "stateless-handler-decorators = myapp.route\n")
    assert findings(flake8(tmp_path, *args)) == expected


def test_handler_decorators_wildcard(tmp_path: Path) -> None:
    write(tmp_path, "jobs.py", CUSTOM_ROUTE)
    expected = [Finding("jobs.py", *position(CUSTOM_ROUTE, "seen.append(name)"), "SLS101")]
    option = "--stateless-handler-decorators=myapp.*"
    assert findings(flake8(tmp_path, "--isolated", option, "--select", "SLS", "jobs.py")) == (
        expected
    )


def test_empty_option_value_is_not_an_error(tmp_path: Path) -> None:
    write(tmp_path, "app.py", FASTAPI_STORES)
    result = flake8(
        tmp_path, "--isolated", "--select", "SLS", "--stateless-cache-names=,", "app.py"
    )
    assert findings(result) == store_findings()


# -- bad option values --------------------------------------------------------------------

# flake8 splits list options on commas and whitespace and drops empty items, so
# "a,,b" and "foo bar" are ordinary lists; these values are wrong whatever the split.
BAD_VALUES = [
    ("stateless-cache-names", "cache/user"),
    ("stateless-allowed-names", "*"),
    ("stateless-handler-decorators", "myapp..route"),
    ("stateless-history-names", "9lives"),
    ("stateless-session-names", "sessions."),
    ("stateless-test-patterns", "*"),
    ("stateless-test-patterns", "*.py"),
    ("stateless-test-patterns", "qa/<x>"),
    ("stateless-entry-points", "app.lambda_handler"),
    ("stateless-entry-points", "*:*"),
    ("stateless-entry-points", "app:"),
    ("stateless-entry-points", ":handler"),
    ("stateless-entry-points", "app..x:handler"),
    ("stateless-entry-points", "app:handle.me"),
]


def test_flake8_list_syntax_is_accepted(tmp_path: Path) -> None:
    """Empty items and whitespace separate items, as in every flake8 list option."""
    write(tmp_path, "app.py", FASTAPI_TODOS)
    for value in ("todos,,other", "other todos"):
        result = flake8(
            tmp_path,
            "--isolated",
            "--select",
            "SLS",
            f"--stateless-allowed-names={value}",
            "app.py",
        )
        assert result.returncode == 0, result.stdout + result.stderr


def assert_option_error(result: subprocess.CompletedProcess[str], option: str) -> None:
    assert result.returncode != 0, result
    output = result.stdout + result.stderr
    assert "Traceback" not in output, output
    assert result.stdout == "", result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert option in lines[0], lines[0]


@pytest.mark.parametrize(("option", "value"), BAD_VALUES)
def test_bad_option_value_on_command_line(tmp_path: Path, option: str, value: str) -> None:
    write(tmp_path, "app.py", FASTAPI_TODOS)
    result = flake8(tmp_path, "--isolated", "--select", "SLS", f"--{option}={value}", "app.py")
    assert_option_error(result, option)


@pytest.mark.parametrize(("option", "value"), BAD_VALUES)
def test_bad_option_value_in_config(tmp_path: Path, option: str, value: str) -> None:
    write(tmp_path, "app.py", FASTAPI_TODOS)
    flake8_config(tmp_path, "setup.cfg", f"{option} = {value}\n")
    result = flake8(tmp_path, "--select", "SLS", "app.py")
    assert_option_error(result, option)


# -- parallel runs ------------------------------------------------------------------------


def _project(directory: Path) -> list[str]:
    names = []
    for number in range(4):
        names.append(f"service_{number}.py")
        write(directory, names[-1], FASTAPI_STORES)
    write(directory, "clean.py", "VALUE = 1\n")
    names.append("clean.py")
    return names


def test_jobs_give_the_same_findings(tmp_path: Path) -> None:
    names = _project(tmp_path)
    args = ("--isolated", "--select", "SLS", "--stateless-cache-names=stash", *names)
    serial = findings(flake8(tmp_path, "-j1", *args))
    parallel = findings(flake8(tmp_path, "-j2", *args))
    assert parallel == serial
    assert len(serial) == 4 * len(STORE_WRITES)
    assert {f.code for f in serial} == {"SLS101", "SLS105"}


def test_jobs_with_options_from_config(tmp_path: Path) -> None:
    names = _project(tmp_path)
    flake8_config(tmp_path, "setup.cfg", "stateless-session-names = visitors\n")
    serial = findings(flake8(tmp_path, "-j1", "--select", "SLS", *names))
    parallel = findings(flake8(tmp_path, "-j2", "--select", "SLS", *names))
    assert parallel == serial
    assert {f.code for f in serial} == {"SLS101", "SLS103"}
