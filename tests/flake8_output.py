"""What a flake8 run printed, read back: shared by the end-to-end tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+[0-9]+) ")


class Reported(NamedTuple):
    path: str
    line: int
    col: int
    code: str


def reported(result: subprocess.CompletedProcess[str]) -> list[Reported]:
    """Every finding printed on stdout, sorted; fails on any other output, on anything on
    stderr and on an exit code that does not match the findings."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr == "", result.stderr
    out = []
    for text in result.stdout.splitlines():
        match = _LINE.match(text)
        assert match, f"not a flake8 finding: {text!r}"
        out.append(Reported(match["path"], int(match["line"]), int(match["col"]), match["code"]))
    assert result.returncode == (1 if out else 0), result
    return sorted(out)


def run_flake8(cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """flake8 as users run it, in a fresh process of this Python."""
    return subprocess.run(
        [sys.executable, "-m", "flake8", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
