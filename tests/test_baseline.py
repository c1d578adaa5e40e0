"""The baseline: ``flake8-stateless baseline write`` then ``stateless-baseline = FILE``.

Findings are keyed by path (relative to the baseline file's folder), code and message (which
names the object and the handler), never by line, and counted as a multiset. End to end
through the real console script and real flake8 processes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flake8_stateless.baseline import Baseline, Entry, dumps, load
from flake8_stateless.config import OptionError

SERVICE = textwrap.dedent(
    """\
    from fastapi import FastAPI

    app = FastAPI()
    todos = {}
    sessions = {}


    @app.put("/todos/{todo_id}")
    def put_todo(todo_id: int, title: str) -> dict:
        todos[todo_id] = title
        return {"id": todo_id}


    @app.put("/login/{token}")
    def login(token: str, user_id: int) -> dict:
        sessions[token] = user_id
        return {"ok": True}
    """
)
KNOWN = "    todos[todo_id] = title\n"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def flake8(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run(cwd, "-m", "flake8", "--select", "SLS", *args)


def command(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = shutil.which("flake8-stateless", path=os.path.dirname(sys.executable))
    assert script is not None, "the console script is not installed"
    return subprocess.run([script, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "app.py").write_text(SERVICE, encoding="utf-8")
    result = command(tmp_path, "baseline", "write", ".")
    assert result.returncode == 0, result.stderr
    assert "2 finding(s) recorded in flake8-stateless-baseline.json" in result.stderr
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nstateless-baseline = flake8-stateless-baseline.json\n", encoding="utf-8"
    )
    return tmp_path


def reported(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.stderr == "", result.stderr
    return [line.split(":", 1)[1] for line in result.stdout.splitlines()]


def test_baseline_file_is_keyed_without_lines(project: Path) -> None:
    data = json.loads((project / "flake8-stateless-baseline.json").read_text())
    assert data["format"] == "flake8-stateless-baseline" and data["version"] == 1
    assert [(f["path"], f["code"], f["count"]) for f in data["findings"]] == [
        ("app.py", "SLS101", 1),
        ("app.py", "SLS103", 1),
    ]
    assert "'todos'" in data["findings"][0]["message"]
    assert "'put_todo'" in data["findings"][0]["message"]


def test_known_findings_are_not_reported(project: Path) -> None:
    assert flake8(project, "--isolated", ".").returncode == 1  # without the baseline
    result = flake8(project, ".")
    assert reported(result) == [] and result.returncode == 0
    assert reported(flake8(project, "app.py")) == []  # the same file named another way


def test_lines_inserted_above_keep_a_finding_known(project: Path) -> None:
    source = SERVICE.replace("app = FastAPI()\n", "app = FastAPI()\n" + "\n# moved\n" * 5)
    (project / "app.py").write_text(source, encoding="utf-8")
    assert reported(flake8(project, ".")) == []
    assert reported(flake8(project, "-j", "2", ".")) == []


def test_a_new_finding_in_the_same_handler_is_new(project: Path) -> None:
    source = SERVICE.replace(KNOWN, KNOWN + "    todos[-todo_id] = title.upper()\n")
    source = source.replace(KNOWN, KNOWN + "    sessions[title] = todo_id\n")
    (project / "app.py").write_text(source, encoding="utf-8")
    new = reported(flake8(project, "."))
    assert len(new) == 2, new
    # the second write of 'todos' in put_todo: the baseline counted one
    assert new[0].startswith("11:5: SLS103 in-memory session store 'sessions'")
    assert new[1].startswith("12:5: SLS101 module-level dict 'todos'")
    review = command(project, "review", ".", "--format", "json")
    data = json.loads(review.stdout)
    assert (data["counts"]["new"], data["counts"]["known"]) == (2, 2)
    assert data["baseline"] == "flake8-stateless-baseline.json"
    text = command(project, "review", ".").stdout
    assert "(2 new, 2 known from flake8-stateless-baseline.json)" in text
    assert "(known: in the baseline)" in text


def test_a_moved_file_is_new(project: Path) -> None:
    (project / "pkg").mkdir()
    (project / "app.py").rename(project / "pkg" / "app.py")
    assert len(reported(flake8(project, "."))) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read 'flake8-stateless-baseline.json': No such file or directory"),
        ("{not json", "'flake8-stateless-baseline.json' is not JSON"),
        ('{"format": "other", "version": 1, "findings": []}', "is not a flake8-stateless-baseline"),
        ('{"format": "flake8-stateless-baseline", "version": 2, "findings": []}', "version 1"),
        (
            '{"format": "flake8-stateless-baseline", "version": 1, "findings": [{"path": 1}]}',
            "is not a flake8-stateless-baseline",
        ),
    ],
)
def test_bad_baseline_is_a_bad_option_value(
    project: Path, content: str | None, message: str
) -> None:
    path = project / "flake8-stateless-baseline.json"
    if content is None:
        path.unlink()
    else:
        path.write_text(content, encoding="utf-8")
    for result in (flake8(project, "."), command(project, "review", ".")):
        assert result.returncode == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("flake8-stateless: bad option value: --stateless-baseline: ")
        assert message in lines[0]
        assert lines[0].endswith("(set in setup.cfg)")


def test_baseline_on_the_command_line(project: Path) -> None:
    (project / "setup.cfg").unlink()
    option = "--stateless-baseline=flake8-stateless-baseline.json"
    assert reported(flake8(project, option, ".")) == []
    assert reported(flake8(project, *option.split("="), ".")) == []
    assert reported(flake8(project, ".")) != []
    result = flake8(project, "--stateless-baseline=missing.json", ".")
    assert result.returncode == 2
    assert result.stderr.strip().endswith("No such file or directory")  # no file named


# -- the pure part ------------------------------------------------------------------------


def test_known_counts_a_multiset(tmp_path: Path) -> None:
    entry = Entry("app.py", "SLS101", "'x' in 'h'")
    baseline = Baseline(str(tmp_path), {entry: 2})
    finding = (str(tmp_path / "app.py"), "SLS101", "'x' in 'h'")
    other = (str(tmp_path / "app.py"), "SLS101", "'y' in 'h'")
    assert baseline.known([finding, other, finding, finding]) == [True, False, True, False]


def test_dumps_then_load_round_trip(tmp_path: Path) -> None:
    findings = [
        (str(tmp_path / "a.py"), "SLS101", "m"),
        (str(tmp_path / "a.py"), "SLS101", "m"),
        (str(tmp_path / "sub" / "b.py"), "SLS103", "n"),
    ]
    path = tmp_path / "base.json"
    path.write_text(dumps(findings, str(tmp_path)), encoding="utf-8")
    loaded = load(str(path))
    assert dict(loaded.counts) == {
        Entry("a.py", "SLS101", "m"): 2,
        Entry("sub/b.py", "SLS103", "n"): 1,
    }


def test_load_errors_name_the_option(tmp_path: Path) -> None:
    with pytest.raises(OptionError, match=r"^--stateless-baseline: cannot read"):
        load(str(tmp_path / "missing.json"))
