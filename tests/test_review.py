"""``flake8-stateless review``: what it understood, the six questions, the exit status.

The pure parts (answers, the table of codes and questions, what a module's request scope
is) are tested as data; the command itself as users run it, as a fresh process of the
console script (``flake8-stateless``) or of ``python -m flake8_stateless``.
"""

from __future__ import annotations

import ast
import io
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from flake8_stateless.codes import ANSWERS_NO, CODES, QUESTIONS, codes_bearing_on
from flake8_stateless.config import Config
from flake8_stateless.review import (
    NO,
    UNDETERMINED,
    YES,
    Progress,
    Reported,
    answer,
    handler_of,
    importance,
)
from flake8_stateless.understanding import (
    CONFIGURED,
    KINDS,
    ScopeFunction,
    read_module,
    request_scope_functions,
)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REVIEW_SCHEMA = ROOT / "docs" / "review.schema.json"


def review(*args: str, cwd: Path = ROOT, module: bool = False) -> subprocess.CompletedProcess[str]:
    """The console script (or ``python -m flake8_stateless``) in a fresh process."""
    script = shutil.which("flake8-stateless", path=os.path.dirname(sys.executable))
    command = [sys.executable, "-m", "flake8_stateless"] if module or script is None else [script]
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [*command, *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env
    )


def as_json(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert result.stderr == "", result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


# -- the table of codes and questions -----------------------------------------------------


def test_every_code_answers_no_to_known_questions() -> None:
    keys = {q.key for q in QUESTIONS}
    assert set(ANSWERS_NO) == set(CODES)
    for code, questions in ANSWERS_NO.items():
        assert questions, code
        assert set(questions) <= keys, code
        assert len(set(questions)) == len(questions), code


def test_every_question_can_be_answered_no() -> None:
    assert len(QUESTIONS) == 6
    for question in QUESTIONS:
        assert codes_bearing_on(question.key), question.key
    assert codes_bearing_on("idempotent") == ("SLS201",)


# -- answers ------------------------------------------------------------------------------

RESTART = next(q for q in QUESTIONS if q.key == "restart")
SELECTED = frozenset(CODES)


def finding(code: str, line: int = 3, known: bool = False) -> Reported:
    return Reported("app.py", line, 5, code, f"'x' is mutated in handler 'h': {code}", known)


@pytest.mark.parametrize(
    ("findings", "understood", "selected", "unreadable", "expected"),
    [
        ([finding("SLS101")], True, SELECTED, 0, NO),
        ([finding("SLS101", known=True)], True, SELECTED, 0, NO),  # known is still "no"
        ([finding("SLS105")], True, SELECTED, 0, YES),  # a cache does not lose data
        ([], True, SELECTED, 0, YES),
        ([], False, SELECTED, 0, UNDETERMINED),  # no request scope: never "yes"
        ([], True, frozenset({"SLS201"}), 0, UNDETERMINED),  # its codes are all off
        ([], True, SELECTED, 1, UNDETERMINED),  # a file could not be read
        ([finding("SLS109")], False, SELECTED, 1, NO),  # a finding is "no" whatever else
    ],
)
def test_answer(
    findings: list[Reported],
    understood: bool,
    selected: frozenset[str],
    unreadable: int,
    expected: str,
) -> None:
    got = answer(RESTART, findings, understood, selected, unreadable)
    assert got.answer == expected
    assert (got.reason != "") == (expected == UNDETERMINED)
    assert got.codes == codes_bearing_on("restart")


def test_importance_puts_new_and_broad_findings_first() -> None:
    found = [finding("SLS105", 1), finding("SLS103", 9, known=True), finding("SLS103", 5)]
    ordered = sorted(found, key=importance)
    assert [(f.code, f.line) for f in ordered] == [("SLS103", 5), ("SLS105", 1), ("SLS103", 9)]


def test_handler_of_picks_the_innermost_function() -> None:
    outer = ScopeFunction("create", 10, "fastapi", "route handler", "create", 30, 9)
    inner = ScopeFunction("helper", 15, "fastapi", "helper", "create", 20, 15)
    assert handler_of(9, [outer, inner]) == "create"  # the decorator line
    assert handler_of(17, [outer, inner]) == "create"
    assert handler_of(31, [outer, inner]) == ""


# -- what a module's request scope is -----------------------------------------------------

SCOPE_CASES = [
    (
        "fastapi",
        """
        from fastapi import Depends, FastAPI
        from starlette.middleware.base import BaseHTTPMiddleware

        app = FastAPI()

        def helper(x):
            return x

        def current_user(token: str):
            return helper(token)

        @app.get("/")
        def index(user=Depends(current_user)):
            return user

        class Timing(BaseHTTPMiddleware):
            async def dispatch(self, request, call_next):
                return await call_next(request)
        """,
        {
            "helper": ("fastapi", "helper", "current_user"),
            "current_user": ("fastapi", "dependency", "current_user"),
            "index": ("fastapi", "route handler", "index"),
            "Timing.dispatch": ("starlette", "middleware", "Timing.dispatch"),
        },
    ),
    (
        "mcp",
        """
        from mcp.server.fastmcp import FastMCP

        mcp = FastMCP("notes")

        @mcp.tool()
        def add_note(text: str) -> str:
            return text

        def lookup(key: str) -> str:
            return key

        mcp.add_tool(lookup)
        """,
        {
            "add_note": ("mcp", "MCP tool", "add_note"),
            "lookup": ("mcp", "MCP tool", "lookup"),
        },
    ),
    (
        "flask",
        """
        from flask import Flask
        from flask.views import MethodView

        app = Flask(__name__)

        @app.before_request
        def load_user():
            pass

        class Items(MethodView):
            def get(self):
                return []

        def ping():
            return "pong"

        app.add_url_rule("/ping", view_func=ping)
        """,
        {
            "load_user": ("flask", "middleware", "load_user"),
            "Items.get": ("flask", "class-based view", "Items.get"),
            "ping": ("flask", "route handler", "ping"),
        },
    ),
    (
        "configured",
        """
        from myapp import route

        @route("/jobs")
        def run_job(name):
            return name
        """,
        {"run_job": (CONFIGURED, "route handler", "run_job")},
    ),
    ("no handler", "import json\n\ndef f(x):\n    return json.dumps(x)\n", {}),
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [(s, e) for _id, s, e in SCOPE_CASES],
    ids=[i for i, _s, _e in SCOPE_CASES],
)
def test_request_scope_functions(source: str, expected: dict[str, tuple[str, str, str]]) -> None:
    tree = ast.parse(textwrap.dedent(source))
    config = Config(handler_decorators=("myapp.route",))
    found = request_scope_functions(tree, "app.py", config)
    assert {f.name: (f.framework, f.kind, f.handler) for f in found} == expected
    assert all(f.kind in KINDS for f in found)
    assert [f.line for f in found] == sorted(f.line for f in found)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"def broken(:\n", "E999 SyntaxError"),
        (b"\xff\xfe\x00garbage", "E999"),
        (b"x = (" * 400 + b")" * 400 + b"\n", "E999"),
        (b"x = 1\x00\n", "E999"),
    ],
)
def test_read_module_never_raises(tmp_path: Path, content: bytes, error: str) -> None:
    path = tmp_path / "bad.py"
    path.write_bytes(content)
    facts = read_module(str(path), Config())
    assert facts.error is not None and facts.error.startswith(error), facts.error
    missing = read_module(str(tmp_path / "missing.py"), Config())
    assert (missing.error or "").startswith("E902")


def test_settings_modules_are_noticed() -> None:
    facts = read_module(str(EXAMPLES / "django" / "stateful" / "settings.py"), Config())
    assert facts.settings and facts.error is None


# -- progress -----------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_terminal_and_only_after_the_delay() -> None:
    terminal = _Terminal()
    with Progress(terminal, delay=0.0) as progress:
        progress.say("checking")
        progress.stopped.wait(1.2)
    assert "flake8-stateless: checking" in terminal.getvalue()
    quick = _Terminal()
    with Progress(quick, delay=60.0) as progress:
        progress.say("checking")
    assert quick.getvalue() == ""
    piped = io.StringIO()
    with Progress(piped, delay=0.0) as progress:
        progress.say("checking")
        progress.stopped.wait(0.8)
    assert piped.getvalue() == ""


# -- the command, end to end --------------------------------------------------------------


@pytest.fixture(scope="module")
def review_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(REVIEW_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def test_stateful_fastapi_answers_no_with_evidence_and_fixes() -> None:
    result = review("review", "examples/fastapi/stateful")
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    out = result.stdout
    assert "FastAPI: " in out and "route handler" in out and "dependency" in out
    assert "\n  no             Is this API restart-safe?" in out
    assert "examples/fastapi/stateful/app.py:61:5 'sessions' in handler 'login'" in out
    assert "fix: Use token authentication that any instance can verify" in out
    assert "more: flake8-stateless rule SLS103" in out
    assert out.rstrip().endswith("verdict: no")
    assert "\033[" not in out


def test_stateless_twin_answers_yes_to_all(review_schema: dict[str, Any]) -> None:
    result = review("review", "examples/fastapi/stateless", "--format", "json", module=True)
    data = as_json(result)
    jsonschema.Draft202012Validator(review_schema).validate(data)
    assert result.returncode == 0
    assert [q["answer"] for q in data["questions"]] == [YES] * 6
    assert data["verdict"] == YES and data["findings"] == []
    assert {f["framework"] for f in data["understood"]["request_scope"]} == {"FastAPI"}


def test_folder_without_handlers_is_not_determined(tmp_path: Path) -> None:
    (tmp_path / "lib.py").write_text("cache = {}\n\ndef put(k, v):\n    cache[k] = v\n")
    result = review("review", ".", "--format", "markdown", cwd=tmp_path)
    assert result.returncode == 1
    assert "**Verdict: ❔ not determined**" in result.stdout
    assert "request scope: none found" in result.stdout
    assert result.stdout.count("❔ not determined") == 7  # the verdict and six answers
    assert "✅" not in result.stdout


def test_every_stateful_example_answers_no_and_every_twin_yes() -> None:
    for folder in sorted(EXAMPLES.glob("*/stateful")):
        twin = folder.with_name("stateless")
        bad = as_json(review("review", str(folder), "--format", "json"))
        good = as_json(review("review", str(twin), "--format", "json"))
        assert bad["verdict"] == NO, folder
        assert good["verdict"] == YES, (twin, good["findings"])


def test_json_output_follows_its_schema(review_schema: dict[str, Any], tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(
        (EXAMPLES / "fastapi" / "stateful" / "app.py").read_text(), encoding="utf-8"
    )
    (tmp_path / "broken.py").write_text("def broken(:\n", encoding="utf-8")
    result = review("review", ".", "--format", "json", cwd=tmp_path)
    data = as_json(result)
    jsonschema.Draft202012Validator(review_schema).validate(data)
    assert data["format"] == "flake8-stateless-review" and data["version"] == 1
    assert data["understood"]["unreadable"][0]["path"].endswith("broken.py")
    assert data["understood"]["unreadable"][0]["error"].startswith("E999")
    sessions = next(f for f in data["findings"] if f["code"] == "SLS103")
    assert (sessions["object"], sessions["handler"]) == ("sessions", "login")
    assert sessions["questions"] == list(ANSWERS_NO["SLS103"])
    assert sessions["fix"].startswith("Use token authentication")
    assert data["counts"]["by_code"]["SLS201"] >= 1  # the opt-in codes are on


def test_parallel_review_gives_the_same_answers() -> None:
    one = as_json(review("review", "examples", "-j", "1", "--format", "json"))
    two = as_json(review("review", "examples", "-j", "2", "--format", "json"))
    assert one == two
    assert one["counts"]["findings"] > 20


def test_project_configuration_holds(tmp_path: Path) -> None:
    """exclude, per-file-ignores, noqa and the plugin's options, as in a plain flake8 run."""
    source = (EXAMPLES / "fastapi" / "stateful" / "app.py").read_text()
    assert "sessions[session_id] = row.id" in source
    (tmp_path / "app.py").write_text(
        source.replace("sessions[session_id] = row.id", "sessions[session_id] = row.id  # noqa")
    )
    (tmp_path / "ignored.py").write_text(source)
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "copy.py").write_text(source)
    (tmp_path / "setup.cfg").write_text(
        "[flake8]\nexclude = vendor\nper-file-ignores = ignored.py:SLS\n"
        "extend-ignore = SLS201\nstateless-allowed-names = todos\n"
    )
    data = as_json(review("review", ".", "--format", "json", cwd=tmp_path))
    assert {f["path"] for f in data["findings"]} == {"./app.py"}
    codes = {f["code"] for f in data["findings"]}
    assert "SLS103" not in codes and "SLS201" not in codes
    assert all(f["object"] != "todos" for f in data["findings"])
    idempotent = next(q for q in data["questions"] if q["key"] == "idempotent")
    assert idempotent["answer"] == UNDETERMINED  # SLS201 turned off by the configuration
    assert not any("vendor" in p["path"] for p in data["understood"]["request_scope"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("review", "no/such/dir"), "no such file or directory: no/such/dir"),
        (("review", "--format", "xml"), "invalid choice: 'xml'"),
        (("review", "-j", "many"), "-j/--jobs: 'many' must be 'auto' or a number"),
        (("review", "--baseline", "nope.json"), "--baseline: no such file: nope.json"),
        (("rule", "SLS999"), "unknown code 'SLS999'"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
        ((), "name a command"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = review(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert message in result.stderr


def test_bad_option_value_in_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text("[flake8]\nstateless-cache-names = cache/user\n")
    result = review("review", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "flake8-stateless: bad option value: --stateless-cache-names: 'cache/user' is not a"
        " name or dotted name ('*' and '?' allowed) (set in setup.cfg)"
    ]


def test_rule_and_rules_commands() -> None:
    page = review("rule", "sls103")
    assert page.returncode == 0
    assert page.stdout == (ROOT / "docs" / "rules" / "SLS103.md").read_text(encoding="utf-8")
    listing = review("rules")
    rows = listing.stdout.splitlines()[1:]
    assert [row.split()[0] for row in rows] == list(CODES)
    sls201 = next(row for row in rows if row.startswith("SLS201"))
    assert sls201.split()[1:3] == ["missing-idempotency-key", "off"]
    assert "accepts no idempotency key" in sls201
