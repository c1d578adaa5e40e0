"""Data-driven tests: every ``tests/data/**/*.py`` file states its own expected findings.

A finding is expected on the line that carries it, with flake8's 1-based column::

    sessions[sid] = user  # expect: SLS103:5
    global hits, misses  # expect: SLS102:5

Several findings on one line are written ``# expect: SLS101:5, SLS105:21``.

Every other line must have no finding: missing and unexpected findings both fail.
A file may choose a non-default configuration in its first 10 lines, with the keys
of :func:`flake8_stateless.config.build_config`::

    # options: cache_names=foo*,bar; handler_decorators=myapp.route

Files are analysed under their real path, so that a module can reach the other
modules of its package (``tests/data/projects/``) and so that file-name conventions
(Django's ``views.py``) apply. The data files are never imported.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pytest

from flake8_stateless.analysis import analyze
from flake8_stateless.codes import OPT_IN_CODES
from flake8_stateless.config import Config, build_config
from flake8_stateless.frameworks import FRAMEWORKS

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.rglob("*.py"))

#: One folder or more per framework (its record names them; tests/test_frameworks.py checks
#: that every framework has one); each holds must-fire and must-not-fire modules.
FRAMEWORK_FOLDERS = (
    *(folder for fw in FRAMEWORKS for folder in fw.data_folders),
    "custom_decorators",
)

_EXPECT = re.compile(r"#\s*expect:\s*(?P<items>.*?)\s*$")
_ITEM = re.compile(r"^(?P<code>SLS\d{3}):(?P<col>[1-9]\d*)$")
_OPTIONS = re.compile(r"^#\s*options:\s*(?P<body>.*?)\s*$")
_OPTION_LINES = 10
#: Off-by-default codes (rules.md section 3) are not what these files are about:
#: they are compared, with the opt-in rules on, only in files that expect at least one
#: of them and in every file under ``optin/`` (where expecting none is the point).
_OPT_IN_PREFIX = "SLS2"
_OPT_IN_FOLDER = "optin"


class Key(NamedTuple):
    line: int
    item: str  # "SLS101:5", the column as flake8 prints it


def _comments(source: str) -> list[tuple[int, str]]:
    """(line, text) of every comment token: a '# expect:' inside a string is not one."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return [(tok.start[0], tok.string) for tok in tokens if tok.type == tokenize.COMMENT]


def parse_expectations(source: str) -> set[Key]:
    expected: set[Key] = set()
    for line, comment in _comments(source):
        match = _EXPECT.search(comment)
        if match is None:
            continue
        items = [item.strip() for item in match["items"].split(",")]
        for item in items:
            if not _ITEM.match(item):
                raise ValueError(
                    f"line {line}: malformed expectation {item!r} in {comment!r}"
                    " (write '# expect: SLS101:5, SLS105:1')"
                )
            expected.add(Key(line, item))
    return expected


def parse_config(source: str, opt_in: frozenset[str] = frozenset()) -> Config:
    for text in source.splitlines()[:_OPTION_LINES]:
        match = _OPTIONS.match(text.strip())
        if match is None:
            continue
        values: dict[str, str | Sequence[str] | None] = {}
        for part in match["body"].split(";"):
            if not part.strip():
                continue
            key, sep, value = part.partition("=")
            if not sep:
                raise ValueError(f"malformed option {part.strip()!r} (write 'key=value')")
            values[key.strip()] = value.strip()
        return build_config(values, opt_in=opt_in)
    return Config(opt_in=opt_in)


def _render(items: set[str]) -> str:
    return ", ".join(sorted(items)) or "nothing"


@pytest.mark.parametrize("path", FILES, ids=[p.relative_to(DATA).as_posix() for p in FILES])
def test_data_file(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    expected = parse_expectations(source)
    compare_opt_in = any(key.item.startswith(_OPT_IN_PREFIX) for key in expected) or (
        path.relative_to(DATA).parts[0] == _OPT_IN_FOLDER
    )
    config = parse_config(source, opt_in=OPT_IN_CODES if compare_opt_in else frozenset())

    # As flake8 names a file run at the root of a project: the data folder is that root here
    # (tests/ above it would make every data file test code).
    monkeypatch.chdir(DATA)
    findings = analyze(tree, path.relative_to(DATA).as_posix(), config)

    got: set[Key] = set()
    messages: dict[Key, str] = {}
    for finding in findings:
        code = finding.message[:6]
        if code.startswith(_OPT_IN_PREFIX) and not compare_opt_in:
            continue
        key = Key(finding.line, f"{code}:{finding.col + 1}")
        got.add(key)
        messages.setdefault(key, finding.message)

    if got == expected:
        return
    lines = source.splitlines()
    report = [f"{path.relative_to(DATA).as_posix()}: findings differ from the '# expect:' comments"]
    for line in sorted({k.line for k in expected ^ got}):
        want = {k.item for k in expected if k.line == line}
        have = {k.item for k in got if k.line == line}
        code_line = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        report.append(f"  line {line}: expected {_render(want)}; got {_render(have)}")
        report.append(f"      | {code_line}")
        for key in sorted(k for k in got if k.line == line):
            report.append(f"      > {messages[key]}")
    pytest.fail("\n".join(report), pytrace=False)


def test_every_framework_has_data_files() -> None:
    counts = {name: len(list((DATA / name).rglob("*.py"))) for name in FRAMEWORK_FOLDERS}
    assert all(count >= 8 for count in counts.values()), counts
    assert list((DATA / "projects").rglob("*.py"))


def test_every_data_file_parses_its_header_and_expectations() -> None:
    """A typo in '# expect:' or '# options:' must fail loudly, not pass silently."""
    problems = []
    for path in FILES:
        rel = path.relative_to(DATA).as_posix()
        source = path.read_text(encoding="utf-8")
        try:
            parse_expectations(source)
            parse_config(source)
        except ValueError as exc:
            problems.append(f"{rel}: {exc}")
        for number, text in enumerate(source.splitlines(), 1):
            if "# options:" in text and number > _OPTION_LINES:
                problems.append(f"{rel}:{number}: '# options:' too late")
            if re.search(r"#\s*expect\b(?!:)", text):
                problems.append(f"{rel}:{number}: 'expect' without ':'")
    assert not problems, "\n".join(problems)


def test_expectation_parser() -> None:
    source = 'x = "# expect: SLS999:1"\ny.append(1)  # expect: SLS101:1, SLS105:3\n'
    assert parse_expectations(source) == {Key(2, "SLS101:1"), Key(2, "SLS105:3")}
    with pytest.raises(ValueError):
        parse_expectations("y.append(1)  # expect: SLS101\n")
    with pytest.raises(ValueError):
        parse_expectations("y.append(1)  # expect: SLS101:0\n")
