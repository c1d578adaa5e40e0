"""The CI report plugins, through real flake8 runs: ``--format=stateless-sarif`` and
``--format=stateless-github``.

The SARIF log is validated against the official SARIF 2.1.0 JSON schema, vendored as
``tests/sarif-schema-2.1.0.json``: the OASIS errata01 schema
(https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
copied unchanged from ``Schemata/sarif-schema-2.1.0.json`` of
https://github.com/oasis-tcs/sarif-spec (112,768 bytes, sha256 ddddcccb...fce7949).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from flake8_stateless.codes import CODES
from flake8_stateless.formatters import escape_data, escape_property

SCHEMA_FILE = Path(__file__).with_name("sarif-schema-2.1.0.json")
SCHEMA_SHA256 = "ddddcccbf95c7c50c037b5b07eff4140556278ca574ff374db46786b5fce7949"

SERVICE = textwrap.dedent(
    """\
    from fastapi import FastAPI

    app = FastAPI()
    sessions = {}
    todos = {}


    @app.post("/login")
    def login(token: str, user_id: int) -> dict:
        sessions[token] = user_id
        return {"ok": True}


    @app.put("/todos/{todo_id}")
    def put_todo(todo_id: int, title: str) -> dict:
        todos[todo_id] = title  # a comment, with: commas, colons and 100% of the "quotes"
        return {"id": todo_id}
    """
)
# pycodestyle E501 from another plugin, and a file that does not parse (flake8's E999).
LONG_LINE = "x = " + "1 + " * 30 + "1\n"
BROKEN = "def broken(:\n    pass\n"


def flake8(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flake8", "--isolated", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "app.py").write_text(SERVICE, encoding="utf-8")
    (tmp_path / "long.py").write_text(LONG_LINE, encoding="utf-8")
    (tmp_path / "broken.py").write_text(BROKEN, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = SCHEMA_FILE.read_bytes()
    assert hashlib.sha256(text).hexdigest() == SCHEMA_SHA256, "the vendored schema was changed"
    loaded: dict[str, Any] = json.loads(text)
    jsonschema.Draft4Validator.check_schema(loaded)
    return loaded


def test_vendored_schema_is_the_official_one(schema: dict[str, Any]) -> None:
    assert schema["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_log_passes_the_official_schema(project: Path, schema: dict[str, Any]) -> None:
    result = flake8(project, "--format=stateless-sarif", "--extend-select=SLS2", ".")
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    run = log["runs"][0]
    codes = {r["ruleId"] for r in run["results"]}
    assert {"SLS103", "SLS101", "E501", "E999"} <= codes
    # rule indexes point at the rule of the same id
    rules = run["tool"]["driver"]["rules"]
    for item in run["results"]:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]


def test_an_invalid_log_fails_the_schema(schema: dict[str, Any]) -> None:
    """The validation can fail: a result without a message is not SARIF."""
    log = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [{}]}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(log)


def test_sarif_rules_carry_the_rule_metadata(project: Path) -> None:
    result = flake8(project, "--format=stateless-sarif", ".")
    run = json.loads(result.stdout)["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    sls103 = rules["SLS103"]
    assert sls103["name"] == CODES["SLS103"].name
    assert sls103["shortDescription"]["text"] == (
        "Sessions or tokens are kept in a module-level container"
    )
    assert "login state" in sls103["fullDescription"]["text"]
    assert sls103["helpUri"].endswith("/docs/rules/SLS103.md")
    assert sls103["defaultConfiguration"]["level"] == "warning"
    # another plugin's code: a minimal rule
    assert set(rules["E501"]) == {"id", "defaultConfiguration"}
    assert rules["E999"]["defaultConfiguration"]["level"] == "error"
    results = {r["ruleId"]: r for r in run["results"]}
    location = results["SLS103"]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "pkg/app.py"
    assert location["region"] == {"startLine": 10, "startColumn": 5}


def test_sarif_for_a_clean_run_is_an_empty_log(tmp_path: Path, schema: dict[str, Any]) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n", encoding="utf-8")
    result = flake8(tmp_path, "--format=stateless-sarif", "ok.py")
    assert result.returncode == 0
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    assert log["runs"][0]["results"] == []


def test_sarif_to_an_output_file(project: Path, schema: dict[str, Any]) -> None:
    result = flake8(project, "--format=stateless-sarif", "--output-file=out.sarif", ".")
    assert result.stdout == ""
    jsonschema.Draft4Validator(schema).validate(json.loads((project / "out.sarif").read_text()))


# -- GitHub Actions -----------------------------------------------------------------------

# https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
COMMAND = re.compile(
    r"^::(?P<level>warning|error) file=(?P<file>[^,:]+),line=(?P<line>[1-9]\d*),"
    r"col=(?P<col>[1-9]\d*),title=(?P<title>[A-Z]+\d+)::(?P<message>[^\r\n]+)$"
)


def test_github_output_is_one_workflow_command_per_finding(project: Path) -> None:
    plain = flake8(project, "--extend-select=SLS2", ".")
    result = flake8(project, "--format=stateless-github", "--extend-select=SLS2", ".")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == len(plain.stdout.splitlines()) >= 4
    by_title = {}
    for line in lines:
        match = COMMAND.match(line)
        assert match, line
        assert match["message"].startswith(match["title"] + " ")
        by_title[match["title"]] = match
    assert by_title["SLS103"]["file"] == "pkg/app.py"
    assert (by_title["SLS103"]["line"], by_title["SLS103"]["col"]) == ("10", "5")
    assert by_title["E999"]["level"] == "error"
    assert by_title["SLS101"]["level"] == "warning"


def test_github_output_ignores_show_source(project: Path) -> None:
    result = flake8(project, "--format=stateless-github", "--show-source", "pkg/app.py")
    assert all(COMMAND.match(line) for line in result.stdout.splitlines())


@pytest.mark.parametrize(
    ("value", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100%", "100%25", "100%25"),
        ("a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"),
        ("a:b,c", "a:b,c", "a%3Ab%2Cc"),
        ("%0A", "%250A", "%250A"),
        ("C:\\src,x", "C:\\src,x", "C%3A\\src%2Cx"),
    ],
)
def test_escaping_follows_the_actions_toolkit(value: str, data: str, prop: str) -> None:
    assert escape_data(value) == data
    assert escape_property(value) == prop


def test_formatter_names_do_not_clash() -> None:
    """flake8-sarif and flake8-sarif-formatter register ``sarif``, flake8-github-actions
    and flake8-github-annotations ``github``, flake8-json ``json``."""
    from importlib.metadata import entry_points

    ours = {ep.name for ep in entry_points(group="flake8.report") if "stateless" in ep.value}
    assert ours == {"stateless-sarif", "stateless-github"}
    assert not ours & {"sarif", "github", "json", "json-pretty", "codeclimate"}
