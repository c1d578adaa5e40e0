"""How users turn the opt-in SLS2xx codes on and off, end to end through real ``flake8`` runs.

rules.md section 3: a plain ``flake8``, ``flake8 --select SLS`` and a config with a plain
``ignore =`` show none of them; naming them explicitly (``--extend-select SLS2``,
``--select SLS,SLS2``, ``--select SLS201``, or the same in ``setup.cfg``/``tox.ini``/``.flake8``)
turns them on. flake8's ``extend_default_ignore`` alone cannot do this, so the plugin also
reads the explicit selection; this table checks both halves together. Run it under the
oldest supported flake8 and the newest (``tox -e py311-flake8lowest -- tests/test_selection.py``).
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import subprocess
import textwrap
from pathlib import Path
from typing import NamedTuple

import pytest
from flake8_output import reported
from flake8_output import run_flake8 as flake8

from flake8_stateless import analysis
from flake8_stateless.codes import CODES, OPT_IN_CODES
from flake8_stateless.config import Config, enabled_codes, opt_in_selected

# A FastAPI service with an MCP server mounted next to it: one on-by-default finding
# (SLS101) and every opt-in code. The file is clean for pycodestyle and pyflakes.
SERVICE = '''\
"""Orders service: a FastAPI app with an MCP endpoint mounted next to it."""

from fastapi import BackgroundTasks, FastAPI, Request
from mcp.server.fastmcp import FastMCP

from .store import orders, users

app = FastAPI()
mcp = FastMCP("orders")
recent_orders = []


def send_receipt(item: str) -> None:
    print(f"receipt for {item}")


@app.post("/orders")
async def create_order(item: str, background_tasks: BackgroundTasks) -> dict:
    recent_orders.append(item)
    await orders.insert_one({"item": item})
    background_tasks.add_task(send_receipt, item)
    return {"item": item}


@app.post("/login")
async def login(request: Request, username: str) -> dict:
    request.session["user_id"] = username
    await users.update_last_login(username)
    return {"ok": True}


app.mount("/mcp", mcp.streamable_http_app())
'''


class Finding(NamedTuple):
    line: int
    col: int
    code: str


def at(text: str, code: str) -> Finding:
    """The finding ``code`` at ``text`` in SERVICE (flake8's 1-based line and column)."""
    for number, line in enumerate(SERVICE.splitlines(), start=1):
        if text in line:
            return Finding(number, line.index(text) + 1, code)
    raise AssertionError(f"{text!r} not in SERVICE")


SLS101 = at("recent_orders.append(item)", "SLS101")
SLS201_ORDER = at("async def create_order", "SLS201")
SLS201_LOGIN = at("async def login", "SLS201")
SLS202 = at('request.session["user_id"] = username', "SLS202")
SLS203 = at("background_tasks.add_task(", "SLS203")
SLS204 = at("mcp.streamable_http_app()", "SLS204")

DEFAULT = [SLS101]
OPT_IN = [SLS201_ORDER, SLS201_LOGIN, SLS202, SLS203, SLS204]
ALL = sorted(DEFAULT + OPT_IN)
ONLY_201 = sorted([SLS201_ORDER, SLS201_LOGIN])
CONFIG_FILES = ("setup.cfg", "tox.ini", ".flake8")


class Case(NamedTuple):
    id: str
    args: tuple[str, ...]  # command-line arguments before the file name
    config: str | None  # the [flake8] section's body, written to each config file in turn
    expected: list[Finding]


# Command-line cases run with --isolated, so that no config file changes them.
COMMAND_LINE = [
    Case("plain", (), None, DEFAULT),
    Case("select-SLS", ("--select", "SLS"), None, DEFAULT),
    Case("ignore-E501", ("--ignore", "E501"), None, DEFAULT),
    Case("select-SLS-ignore-E501", ("--select", "SLS", "--ignore", "E501"), None, DEFAULT),
    Case("extend-select-SLS", ("--extend-select", "SLS"), None, DEFAULT),
    Case("extend-select-SLS2", ("--extend-select", "SLS2"), None, ALL),
    Case("select-SLS,SLS2", ("--select", "SLS,SLS2"), None, ALL),
    Case("select-SLS201", ("--select", "SLS201"), None, ONLY_201),
    Case("select-SLS20", ("--select", "SLS20"), None, sorted(OPT_IN)),
    Case("select-SLS2", ("--select", "SLS2"), None, sorted(OPT_IN)),
    # Per code: naming one opt-in code turns on that code only.
    Case("select-SLS,SLS201", ("--select", "SLS,SLS201"), None, sorted(DEFAULT + ONLY_201)),
    Case("select-SLS204", ("--select", "SLS204"), None, [SLS204]),
    Case(
        "extend-select-SLS,SLS204",
        ("--extend-select", "SLS,SLS204"),
        None,
        sorted([SLS101, SLS204]),
    ),
    Case(
        "select-SLS202-extend-select-SLS203",
        ("--select", "SLS202", "--extend-select", "SLS203"),
        None,
        sorted([SLS202, SLS203]),
    ),
    # flake8 matches codes case-sensitively: a lower-case selection selects nothing.
    Case("extend-select-sls2-lower", ("--extend-select", "sls2"), None, DEFAULT),
    Case("extend-select-SLS202", ("--extend-select", "SLS202"), None, sorted([SLS101, SLS202])),
    Case(
        "extend-select-SLS2-extend-ignore-SLS203",
        ("--extend-select", "SLS2", "--extend-ignore", "SLS203"),
        None,
        [f for f in ALL if f != SLS203],
    ),
    Case(
        "extend-select-SLS2-ignore-E501", ("--extend-select", "SLS2", "--ignore", "E501"), None, ALL
    ),
]
# Config-file cases run in each of setup.cfg, tox.ini and .flake8.
CONFIG = [
    Case("config-ignore-E501", (), "ignore = E501\n", DEFAULT),
    Case("config-extend-ignore-E501", (), "extend-ignore = E501\n", DEFAULT),
    Case("config-select-SLS", (), "select = SLS\n", DEFAULT),
    Case("config-select-E,F,W,SLS", (), "select = E,F,W,SLS\n", DEFAULT),
    Case("config-extend-select-SLS2", (), "extend-select = SLS2\n", ALL),
    Case("config-select-SLS,SLS2", (), "select = SLS,SLS2\n", ALL),
    Case("config-select-multiline", (), "select =\n    SLS,\n    SLS2\n", ALL),
    Case("config-select-SLS201", (), "select = SLS201\n", ONLY_201),
    Case("config-ignore-and-extend-select", (), "ignore = E501\nextend-select = SLS2\n", ALL),
    # The command line adds to the config file's selection, as flake8 always does.
    Case("config-select-SLS-cli-extend-SLS2", ("--extend-select", "SLS2"), "select = SLS\n", ALL),
    Case("config-SLS2-cli-select-SLS", ("--select", "SLS"), "extend-select = SLS2\n", ALL),
    # Per code, in the config file and across the config file and the command line.
    Case("config-select-SLS,SLS201", (), "select = SLS,SLS201\n", sorted(DEFAULT + ONLY_201)),
    Case("config-extend-select-SLS,SLS204", (), "extend-select = SLS,SLS204\n", [SLS101, SLS204]),
    Case("config-extend-select-SLS202", (), "extend-select =\n    SLS202\n", [SLS101, SLS202]),
    Case(
        "config-extend-select-SLS-cli-select-SLS201",
        ("--select", "SLS201"),
        "extend-select = SLS\n",
        sorted(DEFAULT + ONLY_201),
    ),
    Case(
        "config-select-SLS201-cli-extend-select-SLS204",
        ("--extend-select", "SLS204"),
        "select = SLS201\n",
        sorted([*ONLY_201, SLS204]),
    ),
]


def findings(result: subprocess.CompletedProcess[str], path: str = "service.py") -> list[Finding]:
    """Every finding printed, all for ``path``; fails on any other output."""
    out = []
    for found in reported(result):
        assert found.path == path, found
        out.append(Finding(found.line, found.col, found.code))
    return out


def write(directory: Path, name: str, content: str) -> None:
    (directory / name).write_text(content, encoding="utf-8")


@pytest.fixture(scope="module", autouse=True)
def _plugin_installed() -> None:
    eps = importlib.metadata.entry_points(group="flake8.extension")
    if not any(ep.name == "SLS" for ep in eps):
        pytest.fail("flake8-stateless is not installed in this interpreter: pip install -e .")


def test_fixture_positions() -> None:
    """The expected findings point at the lines the rules are documented to report."""
    assert SLS201_ORDER.col == SLS201_LOGIN.col == 1  # the handler's def line
    assert len({f.line for f in ALL}) == len(ALL)


@pytest.mark.parametrize("case", COMMAND_LINE, ids=[c.id for c in COMMAND_LINE])
def test_command_line(tmp_path: Path, case: Case) -> None:
    write(tmp_path, "service.py", SERVICE)
    assert findings(flake8(tmp_path, "--isolated", *case.args, "service.py")) == case.expected


@pytest.mark.parametrize("config_file", CONFIG_FILES)
@pytest.mark.parametrize("case", CONFIG, ids=[c.id for c in CONFIG])
def test_config_file(tmp_path: Path, case: Case, config_file: str) -> None:
    write(tmp_path, "service.py", SERVICE)
    assert case.config is not None
    write(tmp_path, config_file, "[flake8]\n" + case.config)
    assert findings(flake8(tmp_path, *case.args, "service.py")) == case.expected


@pytest.mark.parametrize("jobs", ["-j1", "-j2"])
def test_parallel_workers_keep_the_selection(tmp_path: Path, jobs: str) -> None:
    """Under -j, workers parse the options again: the opt-in state must survive that."""
    names = [f"service_{n}.py" for n in range(3)]
    for name in names:
        write(tmp_path, name, SERVICE)
    write(tmp_path, "setup.cfg", "[flake8]\nextend-select = SLS2\n")
    result = flake8(tmp_path, jobs, *names)
    got = [line for line in result.stdout.splitlines() if line]
    assert result.stderr == ""
    assert len(got) == len(names) * len(ALL), result.stdout
    result = flake8(tmp_path, jobs, "--isolated", *names)
    assert len(result.stdout.splitlines()) == len(names) * len(DEFAULT), result.stdout


# -- --stateless-idempotency-exempt -------------------------------------------------------

EXEMPT_CASES = [
    ("login", [SLS201_ORDER]),
    ("/login", [SLS201_ORDER]),
    ("/log*,create_*", []),
    ("other", ONLY_201),
]


@pytest.mark.parametrize(("value", "expected"), EXEMPT_CASES, ids=[v for v, _ in EXEMPT_CASES])
def test_idempotency_exempt_on_command_line(
    tmp_path: Path, value: str, expected: list[Finding]
) -> None:
    write(tmp_path, "service.py", SERVICE)
    option = f"--stateless-idempotency-exempt={value}"
    result = flake8(tmp_path, "--isolated", "--select", "SLS201", option, "service.py")
    assert findings(result) == expected


@pytest.mark.parametrize("config_file", CONFIG_FILES)
def test_idempotency_exempt_in_config(tmp_path: Path, config_file: str) -> None:
    write(tmp_path, "service.py", SERVICE)
    body = "extend-select = SLS2\nstateless-idempotency-exempt =\n    login,\n    /webhooks/*\n"
    write(tmp_path, config_file, "[flake8]\n" + body)
    assert findings(flake8(tmp_path, "service.py")) == [f for f in ALL if f != SLS201_LOGIN]


@pytest.mark.parametrize("value", ["*", "/*", "/**", "log;in", "/orders/{id};x", "a..b"])
def test_bad_idempotency_exempt_value(tmp_path: Path, value: str) -> None:
    write(tmp_path, "service.py", SERVICE)
    option = f"--stateless-idempotency-exempt={value}"
    result = flake8(tmp_path, "--isolated", "--extend-select", "SLS2", option, "service.py")
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "--stateless-idempotency-exempt" in lines[0]
    assert "Traceback" not in result.stderr


# -- the selection test itself, as a unit ------------------------------------------------

ALL_OPT_IN = frozenset({"SLS201", "SLS202", "SLS203", "SLS204"})
SELECTIONS = [
    ([], frozenset()),
    (["SLS"], frozenset()),
    (["SLS1"], frozenset()),
    (["S", "SL"], frozenset()),
    (["E", "F", "W", "C90", "SLS"], frozenset()),
    (["SLS2"], ALL_OPT_IN),
    (["SLS20"], ALL_OPT_IN),
    (["SLS201"], {"SLS201"}),
    (["sls204"], {"SLS204"}),
    (["SLS", " SLS2 "], ALL_OPT_IN),
    (["SLS", "SLS201"], {"SLS201"}),
    (["SLS", "SLS204", "SLS202"], {"SLS202", "SLS204"}),
    (["SLS2019"], frozenset()),
]


@pytest.mark.parametrize(("selected", "on"), SELECTIONS, ids=[",".join(s) for s, _ in SELECTIONS])
def test_opt_in_selected(selected: list[str], on: frozenset[str]) -> None:
    assert opt_in_selected(selected) == on


def test_fixture_is_flake8_clean_apart_from_the_plugin(tmp_path: Path) -> None:
    """No pycodestyle/pyflakes finding hides in the matrix's expectations."""
    write(tmp_path, "service.py", SERVICE)
    result = flake8(tmp_path, "--isolated", "--extend-select", "SLS2", "service.py")
    codes = {f.code for f in findings(result)}
    assert all(code.startswith("SLS") for code in codes)
    assert textwrap.dedent(SERVICE) == SERVICE


# -- which codes flake8 will report: families none of whose codes is on do not run ---------


def _options(**given: list[str] | None) -> argparse.Namespace:
    """The option values flake8 hands a plugin (its defaults where not ``given``)."""
    values: dict[str, object] = {
        "select": None,
        "extend_select": None,
        "ignore": None,
        "extend_ignore": None,
        "extended_default_select": ["C90", "E", "F", "W", "SLS"],
        "extended_default_ignore": ["SLS2"],
    }
    values.update(given)
    return argparse.Namespace(**values)


ENABLED = [
    ({}, set(CODES) - OPT_IN_CODES),
    ({"extend_ignore": ["SLS110"]}, set(CODES) - OPT_IN_CODES - {"SLS110"}),
    ({"select": ["E", "F", "W"]}, set()),
    ({"select": ["SLS102"]}, {"SLS102"}),
    ({"extend_ignore": ["SLS1"], "extend_select": ["SLS105"]}, {"SLS105"}),
]


@pytest.mark.parametrize(("given", "codes"), ENABLED, ids=[str(g) for g, _ in ENABLED])
def test_enabled_codes(given: dict[str, list[str]], codes: set[str]) -> None:
    enabled = enabled_codes(_options(**given))
    assert enabled is not None
    assert enabled - OPT_IN_CODES == codes


def test_families_of_codes_that_are_off_do_not_run() -> None:
    tree = ast.parse(SERVICE)
    on = analysis.families_to_run(tree, "service.py", Config(enabled=frozenset({"SLS102"})))
    assert [family.name for family in on] == ["statements"]
    everything = analysis.families_to_run(tree, "service.py", Config())
    assert "singletons" in {family.name for family in everything}
    assert analysis.analyze(tree, "service.py", Config(enabled=frozenset())) == []
