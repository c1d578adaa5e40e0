"""The bundled examples, linted by a real ``flake8 --select SLS`` run (the README's first command).

Every ``stateful`` folder must have findings, together covering SLS101-SLS110, with
exactly the codes listed in ``EXPECTED`` (kept in sync with ``examples/README.md``);
every ``stateless`` folder must have none.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
README = EXAMPLES / "README.md"

FRAMEWORKS = (
    "fastapi",
    "flask",
    "django",
    "drf",
    "aiohttp",
    "litestar",
    "sanic",
    "falcon",
    "tornado",
    "starlette",
    "quart",
    "mcp",
    "aws_lambda",
)

#: Codes each stateful example yields. Keep in sync with examples/README.md.
EXPECTED: dict[str, set[str]] = {
    "fastapi/stateful/app.py": {"SLS101", "SLS103", "SLS105"},
    "flask/stateful/app.py": {"SLS101", "SLS102", "SLS103"},
    "django/stateful/todos/views.py": {"SLS101", "SLS102"},
    "drf/stateful/views.py": {"SLS103", "SLS105"},
    "aiohttp/stateful/app.py": {"SLS104"},
    "litestar/stateful/app.py": {"SLS101", "SLS105"},
    "sanic/stateful/app.py": {"SLS102", "SLS103"},
    "falcon/stateful/app.py": {"SLS101"},
    "tornado/stateful/app.py": {"SLS103", "SLS105"},
    "starlette/stateful/app.py": {"SLS101", "SLS105"},
    "quart/stateful/app.py": {"SLS102", "SLS104"},
    "mcp/stateful/support_server.py": {"SLS104", "SLS105"},
    "mcp/stateful/notes_server.py": {"SLS101", "SLS102"},
    "falcon/stateful/middleware.py": {"SLS106", "SLS107"},
    "fastapi/stateful/admin.py": {"SLS108", "SLS110"},
    "django/stateful/settings.py": {"SLS109"},
    "aws_lambda/stateful/app.py": {"SLS101", "SLS102", "SLS105"},
}

#: The stateless twin of each stateful example: same path, other folder.
TWINS = {path: path.replace("/stateful/", "/stateless/") for path in EXPECTED}

ALL_CODES = {f"SLS{n}" for n in range(101, 111)}
_LINE = re.compile(r"^(?P<path>.+?):(?P<row>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d+) (?P<text>.*)$")

Findings = dict[str, list[str]]


def _rel(path: Path) -> str:
    return path.relative_to(EXAMPLES).as_posix()


def _example_files(kind: str) -> list[Path]:
    return sorted(p for p in EXAMPLES.glob(f"*/{kind}/**/*.py"))


@pytest.fixture(scope="module")
def findings() -> Findings:
    """Every finding of one real flake8 run over examples/, keyed by path relative to it."""
    proc = subprocess.run(
        [sys.executable, "-m", "flake8", "--isolated", "--select", "SLS", str(EXAMPLES)],
        capture_output=True,
        text=True,
        cwd=EXAMPLES.parent,
        check=False,
    )
    assert proc.returncode in (0, 1), f"flake8 failed ({proc.returncode}):\n{proc.stderr}"
    assert "Traceback" not in proc.stderr, proc.stderr
    result: Findings = defaultdict(list)
    for line in proc.stdout.splitlines():
        match = _LINE.match(line)
        assert match, f"unexpected flake8 output line: {line!r}"
        path = _rel((EXAMPLES.parent / match["path"]).resolve())
        result[path].append(f"{match['row']}:{match['col']} {match['code']} {match['text']}")
    return result


def _codes(lines: list[str]) -> set[str]:
    return {line.split()[1] for line in lines}


def test_plugin_is_registered() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "flake8", "--version"], capture_output=True, text=True, check=False
    )
    assert "flake8-stateless" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_every_framework_has_both_kinds(framework: str) -> None:
    for kind in ("stateful", "stateless"):
        assert list((EXAMPLES / framework / kind).rglob("*.py")), f"{framework}/{kind} is empty"


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_stateful_folder_has_findings(framework: str, findings: Findings) -> None:
    prefix = f"{framework}/stateful/"
    assert any(path.startswith(prefix) for path in findings), f"no finding in {prefix}"


def test_stateful_codes_cover_sls101_to_sls110(findings: Findings) -> None:
    found = set().union(*(_codes(v) for k, v in findings.items() if "/stateful/" in k))
    assert found >= ALL_CODES, f"missing: {sorted(ALL_CODES - found)}"


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_stateless_folder_has_no_finding(framework: str, findings: Findings) -> None:
    prefix = f"{framework}/stateless/"
    reported = {k: v for k, v in findings.items() if k.startswith(prefix)}
    assert not reported, "false positives:\n" + "\n".join(
        f"{path}:{line}" for path, lines in reported.items() for line in lines
    )


@pytest.mark.parametrize("path", sorted(EXPECTED))
def test_stateful_file_yields_exactly(path: str, findings: Findings) -> None:
    got = _codes(findings.get(path, []))
    assert got == EXPECTED[path], "\n".join(findings.get(path, [])) or "no finding"


def test_no_finding_outside_the_table(findings: Findings) -> None:
    unexpected = {k: v for k, v in findings.items() if k not in EXPECTED}
    assert not unexpected, unexpected


def test_table_names_existing_files_with_stateless_twins() -> None:
    assert set(EXPECTED) <= {_rel(p) for p in _example_files("stateful")}
    assert set(TWINS.values()) <= {_rel(p) for p in _example_files("stateless")}


@pytest.mark.parametrize("path", sorted(EXPECTED) + sorted(TWINS.values()))
def test_example_is_small_valid_python_with_a_docstring(path: str) -> None:
    source = (EXAMPLES / path).read_text(encoding="utf-8")
    tree = ast.parse(source, filename=path)
    assert ast.get_docstring(tree), f"{path} must start with a docstring"
    assert 30 <= len(source.splitlines()) <= 90, f"{path}: keep examples 30-90 lines"


def test_readme_lists_the_same_codes() -> None:
    readme = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^- `([^`]+\.py)`: .*$", line)
        if match:
            readme[match[1]] = set(re.findall(r"SLS\d{3}", line.rsplit(":", 1)[1]))
    assert {k: v for k, v in readme.items() if "/stateful/" in k} == EXPECTED
    assert {k: v for k, v in readme.items() if "/stateless/" in k} == {
        twin: set() for twin in TWINS.values()
    }
