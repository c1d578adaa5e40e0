"""The rule pages (``docs/rules/SLSnnn.md``), read where the package has them.

A wheel carries them as ``flake8_stateless/rule_pages/`` (see setup.py: docs/rules stays their
one source); a source checkout or an editable install reads ``docs/rules`` itself. Pure
reading: no network, nothing imported from the pages.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final, NamedTuple

from .codes import CODES

#: Where the rule pages are published (the README's links point there too).
DOCS_URL: Final = "https://github.com/flake8-stateless/flake8-stateless/blob/main/docs/rules"

_FENCE: Final = re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL)
_HEADING: Final = re.compile(r"^## (?P<name>.+?)[ \t]*$", re.MULTILINE)
_INDEX_ROW: Final = re.compile(
    r"^\| \[(?P<code>SLS\d{3})\]\([^)]+\) \| `[a-z-]+` \| (?P<summary>[^|]+) \| (?:yes|no) \|$",
    re.MULTILINE,
)


class RuleSummary(NamedTuple):
    code: str
    name: str
    default_on: bool
    summary: str


def help_uri(code: str) -> str:
    """The published page of ``code``."""
    return f"{DOCS_URL}/{code}.md"


def _folder() -> Path | None:
    """The folder holding the pages: the installed package's, else the source tree's."""
    try:
        shipped = resources.files("flake8_stateless") / "rule_pages"
        if shipped.is_dir():
            return Path(str(shipped))
    except (ModuleNotFoundError, OSError):  # pragma: no cover - defensive
        pass
    source = Path(__file__).resolve().parent.parent / "docs" / "rules"
    return source if source.is_dir() else None


@lru_cache(maxsize=32)
def page(name: str) -> str | None:
    """The text of ``name`` (``SLS101``, ``README``), or None where it is not shipped."""
    folder = _folder()
    if folder is None or not re.fullmatch(r"SLS\d{3}|README", name):
        return None
    try:
        return (folder / f"{name}.md").read_text(encoding="utf-8")
    except OSError:
        return None


def sections(text: str) -> dict[str, str]:
    """Section name -> its text (between its ``## `` heading and the next one); headings are
    looked for outside fenced blocks."""
    blanked = _FENCE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    heads = list(_HEADING.finditer(blanked))
    ends = [h.start() for h in heads[1:]] + [len(text)]
    return {h.group("name"): text[h.end() : end] for h, end in zip(heads, ends, strict=True)}


def _first_paragraph(text: str) -> str:
    """The first paragraph of prose (outside code blocks), on one line."""
    prose = _FENCE.sub("\n\n", text)
    for paragraph in re.split(r"\n[ \t]*\n", prose):
        words = " ".join(paragraph.split())
        if words:
            return words
    return ""


def fix(code: str) -> str:
    """How to fix a finding of ``code``: the first paragraph of its page's "Use instead",
    else the fix its message gives."""
    text = page(code)
    found = _first_paragraph(sections(text).get("Use instead", "")) if text else ""
    if not found:
        template = CODES[code].template if code in CODES else ""
        found = template.rpartition("; ")[2] if "; " in template else ""
    return _sentence(found)


def _sentence(text: str) -> str:
    """``text`` as a sentence: a capital first letter and a full stop."""
    text = text.strip().rstrip(":").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def summaries() -> list[RuleSummary]:
    """Every code with its name, default state and one-line summary (from the index page)."""
    index = page("README") or ""
    found = {m.group("code"): m.group("summary").strip() for m in _INDEX_ROW.finditer(index)}
    return [
        RuleSummary(c.code, c.name, c.default_on, found.get(c.code, "")) for c in CODES.values()
    ]
