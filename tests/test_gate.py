"""The statement-level gate never loses a finding: it only skips work.

``analysis._families_worth_running`` decides from statements alone which rule families can
fire (none: the module is not indexed). On every data file and example, the findings with
the gate equal the findings of every family forced on every file.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from flake8_stateless import analysis
from flake8_stateless.codes import OPT_IN_CODES
from flake8_stateless.config import Config
from flake8_stateless.rules import RULE_FAMILIES

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FILES = sorted([*(ROOT / "tests" / "data").rglob("*.py"), *(ROOT / "examples").rglob("*.py")])
CONFIGS = {
    "default": Config(),
    "opt-in": Config(opt_in=OPT_IN_CODES),
    "user-decorators": Config(handler_decorators=("*.endpoint", "myapp.*")),
}


def _worth_indexing(source: str, filename: str) -> bool:
    return bool(analysis._families_worth_running(ast.parse(source), filename, Config()))


@pytest.mark.parametrize("config_name", sorted(CONFIGS))
def test_gate_loses_no_finding(monkeypatch: pytest.MonkeyPatch, config_name: str) -> None:
    config = CONFIGS[config_name]
    # Each file named as flake8 names it when run at its project's root (the data folder, or
    # this repository for the examples): tests/ above the data would make it all test code.
    monkeypatch.chdir(DATA)
    trees = [(ast.parse(path.read_bytes()), os.path.relpath(path)) for path in FILES]
    gated = [analysis.analyze(tree, name, config) for tree, name in trees]
    monkeypatch.setattr(analysis, "_families_worth_running", lambda *_args: list(RULE_FAMILIES))
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
    assert not _worth_indexing(source, "models.py")
    assert _worth_indexing(source, "views.py")


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
    assert _worth_indexing(source, "signals.py") is worth


@pytest.mark.parametrize(
    ("signature", "filename", "worth"),
    [
        # Django middleware factories, with the parameter positional-only too.
        ("def timing(get_response):", "middleware.py", True),
        ("def timing(get_response, /):", "middleware.py", True),
        # A factory's parameter counts first only (positional-only ones come first).
        ("def hook(event, /, get_response):", "middleware.py", False),
        # An app or router handed in (``init_app(app)``): first, later, keyword-only.
        ("def init_app(app):", "extensions.py", True),
        ("def init_app(app, /):", "extensions.py", True),
        ("def setup(config, app):", "extensions.py", True),
        ("def setup(config, *, router):", "extensions.py", True),
        # A module named by a convention: any function with a parameter may be a view.
        ("def detail(request):", "views.py", True),
        ("def detail(*, request):", "views.py", True),
        ("def detail(request):", "views/orders.py", True),  # a views/ package
        ("def detail(request):", "shop/api/views.py", True),
        ("def detail(request):", "viewsets.py", False),  # the name, not its start
        ("def detail():", "views.py", False),
        ("def detail(*args, **kwargs):", "views.py", False),  # only named parameters count
        # Otherwise a parameter alone does not make request scope.
        ("def detail(request):", "helpers.py", False),
    ],
)
def test_gate_reads_parameters(signature: str, filename: str, worth: bool) -> None:
    source = f"from django.db import models\n{signature}\n    return None\n"
    assert _worth_indexing(source, filename) is worth


def _family_names(source: str, filename: str = "views.py") -> set[str]:
    families = analysis._families_worth_running(ast.parse(source), filename, Config())
    return {family.name for family in families}


def test_families_run_only_where_they_can_fire() -> None:
    """A settings module without handlers is searched for settings only; a module with
    handlers gets every family (it may also configure the app: ``app.config[...]``)."""
    handlers = (
        "from fastapi import APIRouter\n"
        "router = APIRouter()\n"
        "@router.get('/items')\n"
        "async def items():\n"
        "    return []\n"
    )
    assert _family_names(handlers) == {f.name for f in RULE_FAMILIES if not f.opt_in}
    flask_app = "from flask import Flask\napp = Flask(__name__)\napp.config['X'] = 1\n"
    assert "settings" in _family_names(flask_app)
    django_settings = "CACHES = {'default': {'BACKEND': 'x'}}\nSESSION_ENGINE = 'y'\n"
    assert _family_names(django_settings, "settings.py") == {"settings"}
