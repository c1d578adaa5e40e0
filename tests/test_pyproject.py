"""Configuration in ``pyproject.toml`` through Flake8-pyproject (``[tool.flake8]``).

flake8 itself never reads pyproject.toml; with Flake8-pyproject installed (a test
dependency) it reads ``[tool.flake8]`` there, instead of setup.cfg, tox.ini or .flake8.
Every plugin option is tested there, as a TOML string and as a TOML list, through real
flake8 runs; a bad value's one-line message names pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SERVICE = textwrap.dedent(
    """\
    from fastapi import FastAPI
    from myapp import route

    app = FastAPI()
    todos = {}
    visitors = {}
    backlog = []
    stash = {}
    seen = []


    @app.post("/todos/{todo_id}")
    def create_todo(todo_id: int, title: str, db) -> dict:
        todos[todo_id] = title
        db.add(title)
        return {"id": todo_id}


    @app.post("/hello/{name}")
    def hello(name: str, db) -> dict:
        visitors[name] = True
        db.add(name)
        return {"hello": name}


    @app.put("/notes")
    def add_note(text: str) -> dict:
        backlog.append(text)
        return {"count": len(backlog)}


    @app.get("/users/{user_id}")
    def get_user(user_id: int) -> dict:
        stash[user_id] = {"id": user_id}
        return stash[user_id]


    @route("/ping")
    def ping(name):
        seen.append(name)
        return "pong"
    """
)
# line -> code, without any option (the opt-in codes selected)
DEFAULT = {13: "SLS201", 14: "SLS101", 20: "SLS201", 21: "SLS101", 28: "SLS101", 34: "SLS101"}
# option -> (TOML value as a string, as a list, the findings it changes)
OPTIONS: dict[str, tuple[str, str, dict[int, str | None]]] = {
    "stateless-handler-decorators": ('"myapp.route"', '["myapp.route"]', {40: "SLS101"}),
    "stateless-allowed-names": ('"todos"', '["todos"]', {14: None}),
    "stateless-session-names": ('"visitors"', '["visitors"]', {21: "SLS103"}),
    "stateless-history-names": ('"backlog"', '["backlog"]', {28: "SLS104"}),
    "stateless-cache-names": ('"stash, other_*"', '["stash", "other_*"]', {34: "SLS105"}),
    "stateless-idempotency-exempt": ('"create_todo"', '["create_todo", "/x/*"]', {13: None}),
}
_LINE = re.compile(r"^\./app\.py:(?P<line>\d+):\d+: (?P<code>SLS\d+) ")

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("flake8p") is None,
    reason="Flake8-pyproject is not installed (pip install -e '.[test]')",
)


def flake8(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", *args, "."],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def findings(result: subprocess.CompletedProcess[str]) -> dict[int, str]:
    assert result.stderr == "", result.stderr
    out = {}
    for text in result.stdout.splitlines():
        match = _LINE.match(text)
        assert match, text
        out[int(match["line"])] = match["code"]
    return out


def project(tmp_path: Path, body: str) -> Path:
    (tmp_path / "app.py").write_text(SERVICE, encoding="utf-8")
    toml = '[tool.flake8]\nselect = ["SLS"]\nextend-select = ["SLS2"]\n' + body
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    return tmp_path


def expected(*changes: dict[int, str | None]) -> dict[int, str]:
    out: dict[int, str | None] = dict(DEFAULT)
    for change in changes:
        out.update(change)
    return {line: code for line, code in out.items() if code is not None}


def test_defaults(tmp_path: Path) -> None:
    assert findings(flake8(project(tmp_path, ""))) == DEFAULT


@pytest.mark.parametrize("form", ["string", "list"])
@pytest.mark.parametrize("option", sorted(OPTIONS))
def test_each_option(tmp_path: Path, option: str, form: str) -> None:
    as_string, as_list, change = OPTIONS[option]
    value = as_string if form == "string" else as_list
    got = findings(flake8(project(tmp_path, f"{option} = {value}\n")))
    assert got == expected(change)


def test_every_option_at_once_underscores_too(tmp_path: Path) -> None:
    body = "".join(
        f"{option.replace('-', '_') if n % 2 else option} = {values[1]}\n"
        for n, (option, values) in enumerate(sorted(OPTIONS.items()))
    )
    got = findings(flake8(project(tmp_path, body)))
    assert got == expected(*(change for _s, _l, change in OPTIONS.values()))


def test_baseline_option(tmp_path: Path) -> None:
    root = project(tmp_path, "")
    script = Path(sys.executable).with_name("flake8-stateless")
    result = subprocess.run(
        [str(script), "baseline", "write", ".", "-o", "base.json"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    body = 'stateless-baseline = "base.json"\n'
    (root / "pyproject.toml").write_text(
        '[tool.flake8]\nselect = ["SLS"]\nextend-select = ["SLS2"]\n' + body, encoding="utf-8"
    )
    assert findings(flake8(root)) == {}


@pytest.mark.parametrize(
    ("body", "option"),
    [
        ('stateless-cache-names = "cache/user"\n', "--stateless-cache-names"),
        ('stateless-handler-decorators = ["app..route"]\n', "--stateless-handler-decorators"),
        ('stateless-baseline = "missing.json"\n', "--stateless-baseline"),
    ],
)
def test_bad_value_names_pyproject(tmp_path: Path, body: str, option: str) -> None:
    result = flake8(project(tmp_path, body))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"flake8-stateless: bad option value: {option}: ")
    assert lines[0].endswith("(set in pyproject.toml [tool.flake8])")


def test_pyproject_wins_over_setup_cfg(tmp_path: Path) -> None:
    """Flake8-pyproject reads [tool.flake8] instead of the other files, as it documents."""
    root = project(tmp_path, 'stateless-cache-names = "stash"\n')
    (root / "setup.cfg").write_text("[flake8]\nstateless-cache-names = cache/user\n")
    assert findings(flake8(root)) == expected({34: "SLS105"})
