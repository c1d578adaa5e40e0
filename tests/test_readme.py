"""The README shows real output: its console blocks of the new commands are what they print.

Each ``console`` block's first line is a command (``$ ...``); the lines up to the next ``$``
line are its output. The commands checked here are run from the repository root, as the
README's readers would.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```console\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL)
CHECKED = (
    "flake8-stateless review examples/fastapi/stateful",
    "flake8-stateless review examples/fastapi/stateless",
    "flake8-stateless rules",
    "flake8 --select SLS --format=stateless-github examples/fastapi/stateful/admin.py",
)


def shown() -> dict[str, str]:
    """Command -> the output the README shows for it."""
    out: dict[str, str] = {}
    for block in BLOCK.finditer(README):
        command = None
        for line in block["body"].splitlines():
            if line.startswith("$ "):
                command = line[2:]
                out[command] = ""
            elif command is not None:
                out[command] += line + "\n"
    return out


@pytest.mark.parametrize("command", CHECKED)
def test_readme_output_is_real(command: str) -> None:
    blocks = shown()
    assert command in blocks, f"the README shows no output of {command!r}"
    argv = command.split()
    folder = os.path.dirname(sys.executable)
    argv[0] = shutil.which(argv[0], path=folder) or argv[0]
    result = subprocess.run(
        argv,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert result.stderr == ""
    assert result.stdout == blocks[command]
