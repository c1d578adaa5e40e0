"""Lint every installed source file (the standard library and site-packages): no failure.

Slow (about a minute), so it runs in its own tox env: ``tox -e sources``, or
``SLS_SOURCES=1 pytest tests/test_sources.py``.
"""

from __future__ import annotations

import ast
import os
import sysconfig
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from flake8_stateless.analysis import analyze
from flake8_stateless.config import Config

pytestmark = pytest.mark.skipif(
    os.environ.get("SLS_SOURCES") != "1", reason="set SLS_SOURCES=1 (tox -e sources)"
)

#: Every decorated function counts as a handler too, so each rule family sees real code.
CONFIGS = (Config(), Config(handler_decorators=("*",)))


def _sources() -> Iterator[Path]:
    roots = {sysconfig.get_path(name) for name in ("stdlib", "purelib", "platlib")}
    seen: set[Path] = set()
    for root in sorted(roots):
        for path in sorted(Path(root).rglob("*.py")):
            if path not in seen and path.is_file():
                seen.add(path)
                yield path


def test_every_installed_source_file() -> None:
    failures: list[str] = []
    linted = 0
    for path in _sources():
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                tree = ast.parse(path.read_bytes(), filename=str(path))
        except (SyntaxError, ValueError, RecursionError, MemoryError, OSError):
            continue  # flake8 reports E902/E999 itself; the plugin never sees the file
        linted += 1
        for config in CONFIGS:
            try:
                analyze(tree, str(path), config)
            except Exception as error:  # collect every failure, then report them all
                failures.append(f"{path}: {error!r}")
    assert linted > 1000, f"only {linted} files found: is this a real environment?"
    assert failures == [], "\n".join(failures[:50])
