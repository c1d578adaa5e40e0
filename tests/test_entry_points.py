"""``--stateless-entry-points``: handlers only the deployment names (rules.md section 4).

A pattern's module is a dotted tail of the file's path from the folder flake8 runs in, so the
SAM ``Handler: app.process`` of a function whose ``CodeUri`` is ``orders/`` is ``app:process``
(or ``orders.app:process``); an editor's buffer is named by ``--stdin-display-name``. The data
files under ``tests/data/aws_lambda/orders``, ``gcf`` and ``azure_functions`` hold the shapes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from flake8_output import reported
from flake8_output import run_flake8 as flake8

from flake8_stateless.config import OptionError, build_config
from flake8_stateless.entries import module_names

HANDLER = """\
import json

orders = {}


def process(event, context):
    order = json.loads(event["body"])
    orders[order["id"]] = order
    return {"statusCode": 201}
"""


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("app.py", ("app",)),
        ("orders/app.py", ("orders.app", "app")),
        ("./functions/orders/app.py", ("functions.orders.app", "orders.app", "app")),
        ("ResizeImage/__init__.py", ("ResizeImage",)),
        ("stdin", ("stdin",)),
    ],
)
def test_module_names_are_the_tails_of_the_path(path: str, names: tuple[str, ...]) -> None:
    assert module_names(path) == names


def test_patterns_are_validated() -> None:
    config = build_config({"entry_points": "app:process, functions.*:handle_*,*:on_event"})
    assert config.entry_points == ("app:process", "functions.*:handle_*", "*:on_event")
    for bad in ("app.process", "*:*", "app:", ":process", "a..b:process", "app:x.y"):
        with pytest.raises(OptionError, match="--stateless-entry-points"):
            build_config({"entry_points": bad})


def _layout(root: Path) -> None:
    for name in ("orders/app.py", "payments/app.py", "orders/worker.py"):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HANDLER, encoding="utf-8")


def test_without_the_option_nothing_is_a_handler(tmp_path: Path) -> None:
    _layout(tmp_path)
    assert reported(flake8(tmp_path, "--isolated", "--select", "SLS", ".")) == []


@pytest.mark.parametrize(
    ("patterns", "paths"),
    [
        ("app:process", ["./orders/app.py", "./payments/app.py"]),
        ("orders.app:process", ["./orders/app.py"]),
        ("orders.*:process", ["./orders/app.py", "./orders/worker.py"]),
        ("*:proc*", ["./orders/app.py", "./orders/worker.py", "./payments/app.py"]),
        ("app:other,worker:process", ["./orders/worker.py"]),
    ],
)
def test_option_on_command_line(tmp_path: Path, patterns: str, paths: list[str]) -> None:
    _layout(tmp_path)
    result = flake8(
        tmp_path, "--isolated", "--select", "SLS", f"--stateless-entry-points={patterns}", "."
    )
    assert [(r.path, r.code) for r in reported(result)] == [(p, "SLS101") for p in paths]


@pytest.mark.parametrize("config", ["setup.cfg", "tox.ini", ".flake8"])
def test_option_in_config(tmp_path: Path, config: str) -> None:
    _layout(tmp_path)
    body = "[flake8]\nselect = SLS\nstateless-entry-points =\n    orders.app:process,\n"
    (tmp_path / config).write_text(body, encoding="utf-8")
    assert [r.path for r in reported(flake8(tmp_path, "."))] == ["./orders/app.py"]


def test_stdin_display_name_decides(tmp_path: Path) -> None:
    """An editor's unsaved buffer: the display name is the module's path."""
    option = "--stateless-entry-points=orders.app:process"
    named = flake8(
        tmp_path, "--isolated", option, "--stdin-display-name", "orders/app.py", "-", stdin=HANDLER
    )
    other = flake8(
        tmp_path, "--isolated", option, "--stdin-display-name", "orders/cli.py", "-", stdin=HANDLER
    )
    assert [(r.path, r.line, r.code) for r in reported(named)] == [("orders/app.py", 8, "SLS101")]
    assert reported(other) == []
