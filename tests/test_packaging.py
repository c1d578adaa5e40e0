"""The wheel carries the rule pages, and ``flake8-stateless rule`` reads them from it.

docs/rules stays their one source: setup.py maps it into the package
``flake8_stateless.rule_pages``. The wheel is built here from a copy of the sources (no
build isolation: setuptools comes with the test dependencies), so no network is needed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "docs" / "rules").glob("*.md"))
SOURCES = ("flake8_stateless", "docs/rules", "pyproject.toml", "setup.py", "README.md", "LICENSE")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        path = ROOT / name
        target = source / name
        if path.is_dir():
            shutil.copytree(path, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target)
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("flake8_stateless-*.whl")
    return built


def test_every_rule_page_is_in_the_wheel(wheel: Path) -> None:
    assert len(PAGES) >= 15
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        for page in PAGES:
            member = f"flake8_stateless/rule_pages/{page.name}"
            assert member in names, member
            assert archive.read(member) == page.read_bytes(), member
        assert "flake8_stateless/py.typed" in names
        assert "flake8_stateless/rules/settings/__init__.py" in names
        entry_points = archive.read(
            next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        ).decode()
    assert "flake8-stateless = flake8_stateless.cli:main" in entry_points
    assert "stateless-sarif = flake8_stateless.formatters:SarifFormatter" in entry_points


def test_rule_command_reads_the_installed_pages(wheel: Path, tmp_path: Path) -> None:
    """``python -m flake8_stateless rule SLS101`` from the unpacked wheel, outside the
    checkout, prints the page shipped in the wheel."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    where = subprocess.run(
        [sys.executable, "-c", "import flake8_stateless; print(flake8_stateless.__file__)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(site)), where.stdout
    result = subprocess.run(
        [sys.executable, "-m", "flake8_stateless", "rule", "SLS101"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == (ROOT / "docs" / "rules" / "SLS101.md").read_text(encoding="utf-8")
    listing = subprocess.run(
        [sys.executable, "-m", "flake8_stateless", "rules"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "SLS204" in listing.stdout and "mcp-stateful-http-transport" in listing.stdout
