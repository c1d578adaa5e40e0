"""Test code is never reported (rules.md section 1, "Test code"): by path, with the user's
``stateless-test-patterns``, and test functions, fixtures and test classes in production
modules. The data files under ``tests/data/testcode`` hold the shapes, with their findings."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest
from flake8_output import reported
from flake8_output import run_flake8 as flake8

from flake8_stateless import analysis, scope
from flake8_stateless.analysis import analyze
from flake8_stateless.config import Config
from flake8_stateless.testcode import is_test_path

DATA = Path(__file__).resolve().parent / "data"
TESTCODE = DATA / "testcode" / "shop"

PATHS = [
    ("tests/test_api.py", True),
    ("tests/api.py", True),
    ("shop/tests/helpers/factories.py", True),
    ("test/fixtures.py", True),
    ("Tests/legacy.py", True),
    ("shop/test_orders.py", True),
    ("shop/orders_test.py", True),
    ("shop/conftest.py", True),
    ("shop/tests.py", True),
    ("./tests/test_api.py", True),
    ("shop/views.py", False),
    ("shop/testimonials.py", False),
    ("contests/views.py", False),
    ("shop/testing.py", False),
    ("shop/latest.py", False),
    ("shop/test.py", False),
    ("attestations/api.py", False),
    ("shop/test_data/loader.py", False),
]


@pytest.mark.parametrize(("path", "test"), PATHS, ids=[p for p, _ in PATHS])
def test_built_in_test_paths(path: str, test: bool) -> None:
    assert is_test_path(path) is test
    assert is_test_path(path.replace("/", os.sep)) is test


PATTERNS = [
    ("*_spec.py", "shop/orders_spec.py", True),
    ("*_spec.py", "shop/spec.py", False),
    ("integration", "integration/orders.py", True),
    ("integration", "shop/integration/orders.py", True),
    ("integration", "shop/integration.py", False),
    ("qa/*", "qa/load/locustfile.py", True),
    ("qa/*", "shop/qa/load.py", False),
    ("*/fixtures/*", "shop/fixtures/users.py", True),
]


@pytest.mark.parametrize(("pattern", "path", "test"), PATTERNS)
def test_user_patterns(pattern: str, path: str, test: bool) -> None:
    assert is_test_path(path, (pattern,)) is test


def test_absolute_paths_are_read_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Editors pass absolute paths: only the folders below where flake8 runs count, so a
    checkout under ``/home/me/test/`` is not all test code."""
    project = tmp_path / "test" / "shop"
    project.mkdir(parents=True)
    monkeypatch.chdir(project)
    assert not is_test_path(str(project / "views.py"))
    assert is_test_path(str(project / "tests" / "views.py"))
    assert is_test_path(str(tmp_path / "test" / "views.py"))  # outside: the whole path


@pytest.mark.parametrize(
    "name", ["tests/test_mcp_tools.py", "orders_test.py", "conftest.py", "tests.py"]
)
def test_test_files_hold_findings_that_only_the_rule_hides(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the notion of test code, each data test file has findings (apps built in
    tests taken for app factories): this rule is what keeps them quiet."""
    monkeypatch.chdir(DATA)
    path = TESTCODE / name
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(DATA).as_posix()
    assert analyze(tree, relative, Config()) == []
    monkeypatch.setattr(analysis, "is_test_path", lambda *_args: False)
    monkeypatch.setattr(scope, "test_code_spans", lambda *_args: [])
    assert analyze(tree, relative, Config()), name


def test_production_module_keeps_its_handlers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test functions, fixtures and test classes in a production module are test code; a
    route named test_webhook is not."""
    monkeypatch.chdir(DATA)
    path = TESTCODE / "service.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = path.read_text(encoding="utf-8").splitlines()
    found = analyze(tree, path.relative_to(DATA).as_posix(), Config())
    assert [lines[f.line - 1].strip() for f in found] == [
        "webhook_events.append(event)  # expect: SLS101:5",
        "carts.setdefault(cart_id, []).append(sku)  # expect: SLS101:5",
    ]


SERVICE = """\
from fastapi import FastAPI

app = FastAPI()
orders = []


@app.post("/orders")
def create_order(sku: str) -> dict:
    orders.append(sku)
    return {"sku": sku}
"""


def _layout(root: Path) -> None:
    for name in ("app/orders.py", "app/orders_spec.py", "qa/load.py", "tests/test_app.py"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SERVICE, encoding="utf-8")


def test_flake8_at_the_root_reports_production_code_only(tmp_path: Path) -> None:
    _layout(tmp_path)
    result = flake8(tmp_path, "--isolated", "--select", "SLS", ".")
    assert sorted({r.path for r in reported(result)}) == [
        "./app/orders.py",
        "./app/orders_spec.py",
        "./qa/load.py",
    ]


@pytest.mark.parametrize("config", ["setup.cfg", "tox.ini", ".flake8"])
def test_test_patterns_option_in_config(tmp_path: Path, config: str) -> None:
    _layout(tmp_path)
    body = "[flake8]\nselect = SLS\nstateless-test-patterns =\n    *_spec.py,\n    qa/*\n"
    (tmp_path / config).write_text(body, encoding="utf-8")
    assert [r.path for r in reported(flake8(tmp_path, "."))] == ["./app/orders.py"]


def test_test_patterns_option_on_command_line(tmp_path: Path) -> None:
    _layout(tmp_path)
    option = "--stateless-test-patterns=*_spec.py,qa"
    result = flake8(tmp_path, "--isolated", "--select", "SLS", option, ".")
    assert [r.path for r in reported(result)] == ["./app/orders.py"]


def test_stdin_display_name_decides(tmp_path: Path) -> None:
    """Editors lint unsaved buffers through stdin: the display name says where it is."""
    shown = flake8(
        tmp_path, "--isolated", "--stdin-display-name", "app/orders.py", "-", stdin=SERVICE
    )
    hidden = flake8(
        tmp_path, "--isolated", "--stdin-display-name", "tests/test_orders.py", "-", stdin=SERVICE
    )
    assert [r.code for r in reported(shown)] == ["SLS101"]
    assert reported(hidden) == []
