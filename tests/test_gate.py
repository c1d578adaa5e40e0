"""The statement-level gate never loses a finding: it only skips work.

``analysis._worth_indexing`` decides from statements alone whether any rule family can
fire. On every data file and example, the findings with the gate equal the findings
of the full analysis forced on every file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from flake8_stateless import analysis
from flake8_stateless.config import Config

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted([*(ROOT / "tests" / "data").rglob("*.py"), *(ROOT / "examples").rglob("*.py")])
CONFIGS = {
    "default": Config(),
    "opt-in": Config(opt_in=True),
    "user-decorators": Config(handler_decorators=("*.endpoint", "myapp.*")),
}


@pytest.mark.parametrize("config_name", sorted(CONFIGS))
def test_gate_loses_no_finding(monkeypatch: pytest.MonkeyPatch, config_name: str) -> None:
    config = CONFIGS[config_name]
    trees = [(ast.parse(path.read_bytes()), str(path)) for path in FILES]
    gated = [analysis.analyze(tree, name, config) for tree, name in trees]
    monkeypatch.setattr(analysis, "_worth_indexing", lambda *_args: True)
    full = [analysis.analyze(tree, name, config) for tree, name in trees]
    assert gated == full
    assert sum(map(len, full)) > 100  # the data set really has findings to lose


def test_gate_skips_files_without_handlers() -> None:
    """A module that imports a framework but defines no handler is not indexed."""
    source = (
        "from django.db import models\n"
        "from django.utils.translation import gettext_lazy as _\n"
        "CHOICES = {}\n"
        "class Article(models.Model):\n"
        "    title = models.CharField(max_length=200)\n"
        "    def publish(self, registry):\n"
        "        CHOICES[self.pk] = self.title\n"
    )
    assert not analysis._worth_indexing(ast.parse(source), "models.py", Config())
    assert analysis._worth_indexing(ast.parse(source), "views.py", Config())


@pytest.mark.parametrize(
    ("imported", "worth"),
    [
        # Django's database router (30 modules of Django itself): not an object handlers
        # are registered on; the tables know every object a framework package exports.
        ("from django.db import router", False),
        # An object of the project that cannot be resolved keeps the name fallback.
        ("from .routes import router", True),
        ("from myservice.app import app", True),
    ],
)
def test_name_fallback_only_for_objects_from_outside_the_frameworks(
    imported: str, worth: bool
) -> None:
    source = (
        f"{imported}\n"
        "from django.db import models\n"
        "CACHE = {}\n"
        "def save(instance):\n"
        "    CACHE[instance.pk] = instance\n"
    )
    assert analysis._worth_indexing(ast.parse(source), "signals.py", Config()) is worth
