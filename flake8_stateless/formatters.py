"""flake8 report plugins for CI: ``--format=stateless-sarif`` and ``--format=stateless-github``.

Registered in the ``flake8.report`` entry point group, so they work in any flake8 run and
report every plugin's findings. Their names carry the ``stateless-`` prefix because
``sarif`` (flake8-sarif, flake8-sarif-formatter), ``github`` (flake8-github-actions,
flake8-github-annotations) and ``json`` (flake8-json) are taken: two plugins of one name
in one environment would make ``--format`` pick one of them unpredictably.

- SARIF 2.1.0 (plain dicts, checked in the tests against the official OASIS schema): each
  SLS code as a rule with its name, short and full description, help URI and default level;
  other plugins' codes as minimal rules (their id).
- GitHub Actions workflow commands, one per finding:
  ``::warning file=app.py,line=3,col=5,title=SLS101::message``, escaped as the Actions
  toolkit escapes them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from flake8.formatting.base import BaseFormatter

from .codes import CODES
from .ruledocs import DOCS_URL, help_uri, sections, summaries
from .ruledocs import page as rule_page

SARIF_SCHEMA: Final = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT: Final = "%SRCROOT%"
#: flake8's own codes for a file it could not read or parse.
_ERROR_CODES: Final = ("E902", "E999")

if TYPE_CHECKING:
    from flake8.violation import Violation


def _tool_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "0.0.0"


def display_path(filename: str) -> str:
    """A finding's path as CI tools want it: relative, with '/', no leading './'."""
    path = filename.replace(os.sep, "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def _level(code: str) -> str:
    if code in _ERROR_CODES:
        return "error"
    if code in CODES and not CODES[code].default_on:
        return "note"
    return "warning"


def _what_it_does(code: str) -> str:
    text = rule_page(code)
    if not text:
        return ""
    body = sections(text).get("What it does", "")
    paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
    if not paragraphs:
        return ""
    # A paragraph that leads into a list ("... the whole application:") takes the list along.
    return " ".join(paragraphs[:2]) if paragraphs[0].endswith(":") else paragraphs[0]


def sarif_rule(code: str) -> dict[str, Any]:
    """The reportingDescriptor of a code: full metadata for SLS codes, the id otherwise."""
    if code not in CODES:
        return {"id": code, "defaultConfiguration": {"level": _level(code)}}
    summary = {s.code: s.summary for s in summaries()}.get(code, "")
    rule: dict[str, Any] = {
        "id": code,
        "name": CODES[code].name,
        "shortDescription": {"text": summary or CODES[code].name},
        "fullDescription": {"text": _what_it_does(code) or summary or CODES[code].name},
        "helpUri": help_uri(code),
        "help": {"text": f"See {help_uri(code)}, or run: flake8-stateless rule {code}"},
        "defaultConfiguration": {"level": _level(code)},
        "properties": {"tags": ["stateless", "maintainability"]},
    }
    return rule


def sarif_log(violations: list[Violation], cwd: str) -> dict[str, Any]:
    """A SARIF 2.1.0 log of one flake8 run."""
    codes = sorted({v.code for v in violations})
    index = {code: i for i, code in enumerate(codes)}
    results = [
        {
            "ruleId": v.code,
            "ruleIndex": index[v.code],
            "level": _level(v.code),
            "message": {"text": v.text},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": display_path(v.filename),
                            "uriBaseId": SRCROOT,
                        },
                        "region": {
                            "startLine": max(1, v.line_number),
                            "startColumn": max(1, v.column_number),
                        },
                    }
                }
            ],
        }
        for v in violations
    ]
    root = Path(cwd).resolve().as_uri().rstrip("/") + "/"
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "flake8",
                        "version": _tool_version("flake8"),
                        "informationUri": "https://flake8.pycqa.org/",
                        "rules": [sarif_rule(code) for code in codes],
                    },
                    "extensions": [
                        {
                            "name": "flake8-stateless",
                            "version": _tool_version("flake8-stateless"),
                            "informationUri": DOCS_URL.rsplit("/blob/", 1)[0],
                        }
                    ],
                },
                "originalUriBaseIds": {SRCROOT: {"uri": root}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


class CollectingFormatter(BaseFormatter):  # type: ignore[misc]
    """A formatter that keeps the violations it is given instead of printing each one,
    and prints no statistics or benchmarks: the base of formatters that write one document
    at the end, and of the review's collector."""

    def after_init(self) -> None:
        self.violations: list[Violation] = []

    def handle(self, error: Violation) -> None:
        self.violations.append(error)

    def format(self, error: Violation) -> str | None:
        return None

    def show_statistics(self, statistics: Any) -> None:
        return None

    def show_benchmarks(self, benchmarks: Any) -> None:
        return None


class SarifFormatter(CollectingFormatter):
    """``flake8 --format=stateless-sarif``: one SARIF 2.1.0 log on stdout (or --output-file)."""

    def stop(self) -> None:
        log = sarif_log(self.violations, os.getcwd())
        self._write(json.dumps(log, indent=2, ensure_ascii=False))
        super().stop()


def escape_data(value: str) -> str:
    """A workflow command's message, escaped as @actions/core escapes it."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A workflow command's property value (file, title, ...), escaped likewise."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def workflow_command(error: Violation) -> str:
    """``::warning file=...,line=...,col=...,title=CODE::message`` for one finding."""
    command = "error" if error.code in _ERROR_CODES else "warning"
    properties = {
        "file": display_path(error.filename),
        "line": str(max(1, error.line_number)),
        "col": str(max(1, error.column_number)),
        "title": error.code,
    }
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in properties.items())
    return f"::{command} {joined}::{escape_data(f'{error.code} {error.text}')}"


class GitHubFormatter(BaseFormatter):  # type: ignore[misc]
    """``flake8 --format=stateless-github``: a GitHub Actions annotation per finding."""

    def format(self, error: Violation) -> str | None:
        return workflow_command(error)

    def show_source(self, error: Violation) -> str | None:
        return None
