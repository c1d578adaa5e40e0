"""The rule pages in docs/rules are tested like code.

Every page has ruff's shape (title line ``# kebab-name (SLSnnn)`` and seven sections in
order). Every ``python`` block under ``## Example`` is a complete module that produces the
page's code; every ``python`` block under ``## Use instead`` produces no finding. A block's
file name comes from its info string (```` ```python title="views.py" ````, default
``app.py``), because some rules depend on it (Django ``views.py``).
"""

from __future__ import annotations

import ast
import configparser
import re
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import pytest

from flake8_stateless.analysis import analyze
from flake8_stateless.codes import CODES, OPT_IN_CODES
from flake8_stateless.config import OPTIONS, Config, build_config
from flake8_stateless.ruledocs import sections

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"

SECTIONS = (
    "What it does",
    "Why is this bad?",
    "Example",
    "Use instead",
    "Options",
    "Known problems",
    "References",
)

FENCE = re.compile(
    r"^```(?P<lang>[\w-]*)(?P<info>[^\n]*)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL
)
TITLE_ATTR = re.compile(r'\btitle="(?P<name>[^"/\\]+\.py)"')
OPTION = re.compile(r"--stateless-[a-z-]+")
OPTION_NAMES = {option for option, *_ in OPTIONS}


class Block(NamedTuple):
    page: str  # the code, e.g. "SLS101"
    section: str
    number: int  # 1-based within the section
    filename: str
    source: str
    info: str

    @property
    def id(self) -> str:
        kind = "example" if self.section == "Example" else "fix"
        return f"{self.page}-{kind}-{self.number}"


def pages() -> list[Path]:
    return sorted(DOCS.glob("SLS[0-9][0-9][0-9].md"))


def blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    result = []
    for section in ("Example", "Use instead"):
        body = sections(text).get(section, "")
        index = 0
        for m in FENCE.finditer(body):
            if m.group("lang") != "python":
                continue
            index += 1
            title = TITLE_ATTR.search(m.group("info"))
            assert title or "title=" not in m.group("info"), f"{path.name}: bad {m.group('info')}"
            source = m.group("body")
            result.append(
                Block(
                    page=path.stem,
                    section=section,
                    number=index,
                    filename=title.group("name") if title else "app.py",
                    source=source,
                    info=m.group("info").strip(),
                )
            )
    return result


ALL_BLOCKS = [b for page in pages() for b in blocks(page)]


def run(block: Block, tmp_path: Path) -> list[str]:
    """Write the block to its file name in a fresh directory and return its messages."""
    path = tmp_path / block.id / block.filename
    path.parent.mkdir(parents=True)
    path.write_text(block.source, encoding="utf-8")
    tree = ast.parse(block.source, filename=str(path))
    config = Config(opt_in=frozenset() if CODES[block.page].default_on else OPT_IN_CODES)
    return [f"{f.line}:{f.col + 1}: {f.message}" for f in analyze(tree, str(path), config)]


def code_of(message: str) -> str:
    return message.split(": ", 1)[1][:6]


def test_there_are_pages_and_blocks() -> None:
    assert pages(), f"no rule pages found in {DOCS}"
    assert ALL_BLOCKS


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_page_titled_with_its_name(code: str) -> None:
    path = DOCS / f"{code}.md"
    assert path.is_file(), f"{code} has no page {path}"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# {CODES[code].name} ({code})"


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_page_is_for_a_known_code(path: Path) -> None:
    assert path.stem in CODES, f"{path.name} documents a code the plugin does not have"


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_page_has_the_seven_sections_in_order(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert tuple(sections(text)) == SECTIONS


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_page_has_an_example_and_a_fix(path: Path) -> None:
    found = {b.section for b in blocks(path)}
    assert found == {"Example", "Use instead"}, f"{path.name}: python blocks only in {found}"


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_every_python_block_on_the_page_parses(path: Path) -> None:
    for m in FENCE.finditer(path.read_text(encoding="utf-8")):
        if m.group("lang") == "python":
            ast.parse(m.group("body"))


@pytest.mark.parametrize(
    "block", [b for b in ALL_BLOCKS if b.section == "Example"], ids=lambda b: b.id
)
def test_example_reports_the_page_code(block: Block, tmp_path: Path) -> None:
    messages = run(block, tmp_path)
    codes = {code_of(m) for m in messages}
    assert block.page in codes, (
        f"{block.id} ({block.filename}) should report {block.page}, got:\n" + "\n".join(messages)
    )
    # A reader of the SLS101 page should not see an SLS103 there: the example shows its rule.
    assert codes == {block.page}, (
        f"{block.id} ({block.filename}) reports other codes too:\n" + "\n".join(messages)
    )


@pytest.mark.parametrize(
    "block", [b for b in ALL_BLOCKS if b.section == "Use instead"], ids=lambda b: b.id
)
def test_fix_reports_nothing(block: Block, tmp_path: Path) -> None:
    messages = [
        m
        for m in run(block, tmp_path)
        # Opt-in (off-by-default, opinionated) codes are not what a fix is judged by.
        if code_of(m) not in CODES or CODES[code_of(m)].default_on
    ]
    assert messages == [], f"{block.id} ({block.filename}) is reported:\n" + "\n".join(messages)


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_options_named_on_the_page_exist(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    options = sections(text)["Options"]
    named = set(OPTION.findall(options))
    assert named, f"{path.name}: '## Options' names no --stateless-* option"
    assert named <= OPTION_NAMES, f"{path.name}: unknown options {named - OPTION_NAMES}"
    assert set(OPTION.findall(text)) <= OPTION_NAMES


@pytest.mark.parametrize("path", pages(), ids=lambda p: p.stem)
def test_config_examples_are_valid(path: Path) -> None:
    """Every ``ini`` block is a ``[flake8]`` section whose stateless keys build a config."""
    fields = {option.removeprefix("--"): name for option, name, *_ in OPTIONS}
    ini_blocks = [
        m.group("body")
        for m in FENCE.finditer(path.read_text(encoding="utf-8"))
        if m.group("lang") == "ini"
    ]
    assert ini_blocks, f"{path.name}: no [flake8] config example"
    for body in ini_blocks:
        parser = configparser.ConfigParser()
        parser.read_string(body)
        assert parser.has_section("flake8"), body
        values: dict[str, str | Sequence[str] | None] = {}
        for key, value in parser.items("flake8"):
            if key.startswith("stateless-"):
                assert key in fields, f"{path.name}: unknown config key {key}"
                values[fields[key]] = value
        assert values, body
        build_config(values)  # raises OptionError on a bad value


def test_index_lists_every_code() -> None:
    text = (DOCS / "README.md").read_text(encoding="utf-8")
    row = re.compile(
        r"^\| \[(?P<code>SLS\d{3})\]\((?P<link>[^)]+)\) \| `(?P<name>[a-z-]+)` \|"
        r" (?P<summary>[^|]+) \| (?P<default>yes|no) \|$",
        re.MULTILINE,
    )
    rows = {m.group("code"): m for m in row.finditer(text)}
    assert set(rows) == set(CODES)
    for code, m in rows.items():
        assert m.group("link") == f"{code}.md"
        assert m.group("name") == CODES[code].name
        assert (m.group("default") == "yes") == CODES[code].default_on
        assert (DOCS / m.group("link")).is_file()
