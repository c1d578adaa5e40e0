"""Every framework record is tested and documented: its data folders exist, and the
README's "Frameworks and request scope" has a bullet for it.

The folders and the README heading are named in the record itself (``data_folders``,
``readme``), so a framework added without either fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from flake8_stateless.frameworks import FRAMEWORKS, Framework

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
_SECTION = re.compile(r"^## Frameworks and request scope\n(?P<body>.*?)^## ", re.M | re.S)
#: ``- **FastAPI, Starlette**: ...`` and ``**Tornado**: ...`` later in a bullet.
_BOLD = re.compile(r"\*\*(?P<names>[^*]+)\*\*")


def readme_headings() -> set[str]:
    """The names in bold in the section's bullets (``FastAPI, Starlette`` counts twice)."""
    found = _SECTION.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "README has no 'Frameworks and request scope' section"
    names: set[str] = set()
    for line in found["body"].splitlines():
        if not line.startswith(("- ", "  ")):
            continue  # not a bullet, nor its continuation
        for bold in _BOLD.finditer(line):
            names.update(name.strip() for name in bold["names"].split(","))
    return names


@pytest.mark.parametrize("fw", FRAMEWORKS, ids=lambda fw: fw.name)
def test_framework_has_data_folders(fw: Framework) -> None:
    assert fw.data_folders, f"{fw.name}: name its tests/data folder(s) in data_folders"
    for folder in fw.data_folders:
        assert list((DATA / folder).rglob("*.py")), f"{fw.name}: tests/data/{folder} is empty"


@pytest.mark.parametrize("fw", FRAMEWORKS, ids=lambda fw: fw.name)
def test_framework_has_readme_bullet(fw: Framework) -> None:
    assert fw.readme, f"{fw.name}: name its README bullet in readme"
    assert fw.readme in readme_headings(), (
        f"{fw.name}: no '**{fw.readme}**' bullet in the README's 'Frameworks and request scope'"
    )


def test_framework_names_are_unique() -> None:
    # One framework may be split into records (Django's views and its middleware, found
    # by shape alone): a name is shared only by records of the same packages.
    packages: dict[str, frozenset[str]] = {}
    for fw in FRAMEWORKS:
        assert packages.setdefault(fw.name, fw.packages) == fw.packages, fw.name
    folders = [folder for fw in FRAMEWORKS for folder in fw.data_folders]
    assert len(folders) == len(set(folders))
