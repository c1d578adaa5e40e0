"""A review as text (for a terminal), Markdown (for a pull request or a CI job summary) or
JSON (for tools; the schema is versioned and documented in docs/review.md).

Pure functions of a :class:`~.review.Review`: no I/O.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any, Final

from .codes import ANSWERS_NO, CODES, QUESTIONS
from .review import NO, UNDETERMINED, YES, Answer, Reported, Review
from .ruledocs import fix, help_uri
from .understanding import DISPLAY, KINDS

#: The JSON output's schema: its name and version (a change that is not an addition bumps it).
JSON_FORMAT: Final = "flake8-stateless-review"
JSON_VERSION: Final = 1
#: Findings shown per code in text and Markdown (JSON has them all).
SHOWN: Final = 5

_COLOURS: Final = {YES: "\033[32m", NO: "\033[31m", UNDETERMINED: "\033[33m"}
_BOLD: Final = "\033[1m"
_RESET: Final = "\033[0m"


def _plural(count: int, word: str) -> str:
    if count == 1:
        return f"{count} {word}"
    return f"{count} {word[:-1]}ies" if word.endswith("y") else f"{count} {word}s"


def understood_lines(review: Review) -> list[str]:
    """What the review understood, as plain lines (shared by text and Markdown)."""
    functions = review.functions
    lines = [
        f"files read: {len(review.files)}"
        + (f" ({len(review.unreadable)} could not be read)" if review.unreadable else "")
    ]
    if not functions:
        lines.append(
            "request scope: none found. No route handler, MCP tool, view, middleware or"
            " dependency of a supported framework (nor of `stateless-handler-decorators`):"
            ' every question is "not determined".'
        )
    else:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for _path, function in functions:
            counts[function.framework][function.kind] += 1
        with_scope = len({path for path, _f in functions})
        lines.append(
            f"request scope: {_plural(len(functions), 'function')} in {_plural(with_scope, 'file')}"
        )
        for framework, kinds in sorted(counts.items()):
            parts = [_plural(kinds[k], k) for k in KINDS if kinds[k]]
            lines.append(f"  {DISPLAY.get(framework, framework)}: {', '.join(parts)}")
    settings = review.settings
    lines.append(f"settings modules: {', '.join(settings) if settings else 'none'}")
    return lines


def _codes_line(answer: Answer) -> str:
    if not answer.findings:
        return ", ".join(answer.codes)
    counts = Counter(f.code for f in answer.findings)
    return ", ".join(f"{c} x{n}" if n > 1 else c for c, n in sorted(counts.items()))


def _where(review: Review, finding: Reported) -> str:
    parts = [f"{finding.path}:{finding.line}:{finding.col}"]
    if finding.obj:
        parts.append(f"'{finding.obj}'")
    handler = review.handlers.get((finding.path, finding.line), "")
    if handler:
        parts.append(f"in handler '{handler}'")
    if finding.known:
        parts.append("(known: in the baseline)")
    return " ".join(parts)


def by_code(review: Review) -> dict[str, list[Reported]]:
    """Findings grouped by code, codes in order of their most important finding."""
    groups: dict[str, list[Reported]] = {}
    for finding in review.findings:
        groups.setdefault(finding.code, []).append(finding)
    return groups


def _counts_line(review: Review) -> str:
    known = sum(f.known for f in review.findings)
    line = f"findings: {len(review.findings)}"
    if review.baseline_file:
        line += f" ({len(review.findings) - known} new, {known} known from {review.baseline_file})"
    return line


def _question_names(code: str) -> str:
    return ", ".join(ANSWERS_NO.get(code, ()))


def text(review: Review, colour: bool = False) -> str:
    """The review for a terminal."""

    def paint(word: str, style: str) -> str:
        return f"{style}{word}{_RESET}" if colour else word

    out = [f"flake8-stateless review of {', '.join(review.paths)}", ""]
    out.append(paint("What it understood", _BOLD))
    out += [f"  {line}" for line in understood_lines(review)]
    for unreadable in review.unreadable:
        out.append(f"  {unreadable.path}: {unreadable.error}")
    out += ["", paint("The six questions", _BOLD)]
    width = max(len(q.text) for q in QUESTIONS)
    for a in review.answers:
        word = paint(f"{a.answer:<14}", _COLOURS[a.answer])
        detail = _codes_line(a)
        if a.answer == NO:
            detail = f"{_plural(len(a.findings), 'finding')}: {detail}"
        elif a.answer == UNDETERMINED:
            detail = a.reason
        out.append(f"  {word} {a.question.text:<{width}}  {detail}")
    out += ["", _counts_line(review)]
    groups = by_code(review)
    if groups:
        out += ["", paint("Most important findings, and the fix", _BOLD)]
    for code, findings in groups.items():
        out.append(f"  {code} {CODES[code].name if code in CODES else ''}".rstrip())
        out.append(f'    answers "no" to: {_question_names(code)}')
        out += [f"    {_where(review, f)}" for f in findings[:SHOWN]]
        if len(findings) > SHOWN:
            out.append(f"    ... and {len(findings) - SHOWN} more")
        out.append(f"    fix: {fix(code)}")
        out.append(f"    more: flake8-stateless rule {code}")
    out += ["", f"verdict: {paint(review.verdict, _COLOURS[review.verdict])}"]
    return "\n".join(out) + "\n"


def _md_escape(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def markdown(review: Review) -> str:
    """The review as GitHub-flavoured Markdown (a pull-request comment, a job summary)."""
    icon = {YES: "✅ yes", NO: "❌ no", UNDETERMINED: "❔ not determined"}
    paths = ", ".join(f"`{p}`" for p in review.paths)
    out = [f"## Stateless review of {paths}", "", f"**Verdict: {icon[review.verdict]}**", ""]
    out += ["### What it understood", ""]
    out += [f"- {line.strip()}" for line in understood_lines(review)]
    for unreadable in review.unreadable:
        out.append(f"- `{unreadable.path}`: {unreadable.error}")
    out += ["", "### The six questions", "", "| question | answer | codes or reason |"]
    out.append("|---|---|---|")
    for a in review.answers:
        detail = a.reason if a.answer == UNDETERMINED else _codes_line(a)
        out.append(f"| {a.question.text} | {icon[a.answer]} | {_md_escape(detail)} |")
    out += ["", _counts_line(review).capitalize() + "."]
    for code, findings in by_code(review).items():
        name = CODES[code].name if code in CODES else ""
        out += ["", f"### [{code}]({help_uri(code)}) {name}", ""]
        out.append(f'Answers "no" to: {_question_names(code)}.')
        out.append("")
        out += [f"- `{_where(review, f)}`" for f in findings[:SHOWN]]
        if len(findings) > SHOWN:
            out.append(f"- ... and {len(findings) - SHOWN} more")
        out += ["", f"**Fix:** {fix(code)}"]
    return "\n".join(out) + "\n"


def as_json(review: Review, version: str) -> dict[str, Any]:
    """The review as a JSON-ready dict (schema ``flake8-stateless-review`` version 1)."""
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "tool": {"name": "flake8-stateless", "version": version},
        "paths": list(review.paths),
        "verdict": review.verdict,
        "understood": {
            "files": len(review.files),
            "request_scope": [
                {
                    "path": path,
                    "line": f.line,
                    "name": f.name,
                    "framework": DISPLAY.get(f.framework, f.framework),
                    "kind": f.kind,
                    "handler": f.handler,
                }
                for path, f in review.functions
            ],
            "settings_modules": review.settings,
            "unreadable": [{"path": f.path, "error": f.error} for f in review.unreadable],
        },
        "questions": [
            {
                "key": a.question.key,
                "question": a.question.text,
                "answer": a.answer,
                "reason": a.reason,
                "codes": list(a.codes),
                "findings": len(a.findings),
            }
            for a in review.answers
        ],
        "counts": {
            "findings": len(review.findings),
            "new": sum(not f.known for f in review.findings),
            "known": sum(f.known for f in review.findings),
            "by_code": dict(sorted(Counter(f.code for f in review.findings).items())),
        },
        "baseline": review.baseline_file or None,
        "findings": [_finding_json(review, f) for f in review.findings],
    }


def _finding_json(review: Review, finding: Reported) -> dict[str, Any]:
    return {
        "path": finding.path,
        "line": finding.line,
        "column": finding.col,
        "code": finding.code,
        "name": CODES[finding.code].name if finding.code in CODES else "",
        "message": finding.message,
        "object": finding.obj,
        "handler": review.handlers.get((finding.path, finding.line), ""),
        "questions": list(ANSWERS_NO.get(finding.code, ())),
        "known": finding.known,
        "fix": fix(finding.code),
        "help": help_uri(finding.code),
    }


def json_text(review: Review, version: str) -> str:
    return json.dumps(as_json(review, version), indent=2, ensure_ascii=False) + "\n"


#: format name -> renderer (review, colour, version) -> text
FORMATS: Final[dict[str, Callable[[Review, bool, str], str]]] = {
    "text": lambda review, colour, _version: text(review, colour),
    "markdown": lambda review, _colour, _version: markdown(review),
    "json": lambda review, _colour, version: json_text(review, version),
}


def format_names() -> Sequence[str]:
    return tuple(FORMATS)
