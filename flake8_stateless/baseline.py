"""A baseline: today's findings, recorded so that only new ones are reported.

Findings are keyed by what survives moving code: the file's path relative to the baseline
file's folder, the code, and the message text (which names the object and the handler),
never the line. Identical findings count as a multiset: two writes of the same dict in the
same handler are two entries, and a third one is new.

The file is JSON (``flake8-stateless baseline write`` makes it; sorted, for small diffs)::

    {"format": "flake8-stateless-baseline", "version": 1,
     "findings": [{"path": "app.py", "code": "SLS101", "message": "...", "count": 1}]}
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final, NamedTuple

from .config import OptionError

FORMAT: Final = "flake8-stateless-baseline"
VERSION: Final = 1
OPTION: Final = "--stateless-baseline"


class Entry(NamedTuple):
    path: str  # relative to the baseline file's folder, with '/'
    code: str
    message: str  # the message without its code


class Baseline(NamedTuple):
    root: str  # the absolute folder of the baseline file
    counts: Mapping[Entry, int]

    def entry(self, filename: str, code: str, message: str) -> Entry:
        return Entry(relative(filename, self.root), code, message)

    def known(self, findings: Sequence[tuple[str, str, str]]) -> list[bool]:
        """For each ``(filename, code, message)`` in order, whether the baseline holds it;
        each entry is used as many times as it was counted."""
        left = Counter(self.counts)
        out = []
        for filename, code, message in findings:
            key = self.entry(filename, code, message)
            out.append(left[key] > 0)
            left[key] -= 1
        return out


def relative(filename: str, root: str) -> str:
    """``filename`` relative to ``root``, with forward slashes (the same on every OS)."""
    try:
        path = os.path.relpath(os.path.abspath(filename), root)
    except ValueError:  # another drive on Windows
        path = os.path.abspath(filename)
    return path.replace(os.sep, "/")


def split(text: str) -> tuple[str, str]:
    """A flake8 message text (``SLS101 module-level dict ...``) as its code and the rest."""
    code, _, message = text.partition(" ")
    return code, message


def load(path: str) -> Baseline:
    """Read a baseline file; a missing or bad one raises OptionError naming the option."""
    try:
        with open(path, encoding="utf-8") as stream:
            data = json.load(stream)
    except OSError as error:
        raise OptionError(f"{OPTION}: cannot read {path!r}: {error.strerror}") from None
    except (ValueError, RecursionError) as error:
        raise OptionError(f"{OPTION}: {path!r} is not JSON: {error}") from None
    counts = _entries(data)
    if counts is None:
        raise OptionError(
            f"{OPTION}: {path!r} is not a {FORMAT} file of version {VERSION}"
            " (make one with 'flake8-stateless baseline write')"
        )
    root = os.path.dirname(os.path.abspath(path))
    return Baseline(root, MappingProxyType(counts))


def _entries(data: object) -> dict[Entry, int] | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        return None
    counts: dict[Entry, int] = {}
    for item in data["findings"]:
        if not isinstance(item, dict):
            return None
        fields = [item.get(k) for k in ("path", "code", "message")]
        count = item.get("count", 1)
        if not all(isinstance(f, str) for f in fields) or not isinstance(count, int):
            return None
        if isinstance(count, bool) or count < 1:
            return None
        entry = Entry(*fields)  # type: ignore[arg-type]
        counts[entry] = counts.get(entry, 0) + count
    return counts


def dumps(findings: Iterable[tuple[str, str, str]], root: str) -> str:
    """The baseline file's text for ``(filename, code, message)`` findings, paths made
    relative to ``root`` (the folder the file goes in)."""
    counts = Counter(Entry(relative(f, root), code, message) for f, code, message in findings)
    items = [
        {"path": e.path, "code": e.code, "message": e.message, "count": n}
        for e, n in sorted(counts.items())
    ]
    data = {"format": FORMAT, "version": VERSION, "findings": items}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
