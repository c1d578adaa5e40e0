"""The ``flake8-stateless`` command (also ``python -m flake8_stateless``).

- ``review [PATH ...]``: the six questions of a stateless design review, answered from one
  flake8 run; exit 0 when every answer is "yes", 1 otherwise, 2 on a usage error;
- ``rule SLS103``: a rule's page; ``rules``: every code with its name, default and summary;
- ``baseline write [PATH ...] [-o FILE]``: record today's findings (see :mod:`.baseline`).

A usage error (a path that does not exist, a bad option) is one line on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .codes import CODES

USAGE_ERROR = 2
DEFAULT_BASELINE = "flake8-stateless-baseline.json"


class UsageError(Exception):
    """A bad command line: one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _jobs(value: str) -> str:
    if value != "auto" and not value.isdigit():
        raise argparse.ArgumentTypeError(f"-j/--jobs: {value!r} must be 'auto' or a number")
    return value


def parser() -> argparse.ArgumentParser:
    top = _Parser(
        prog="flake8-stateless",
        description="Review a Python service for stateless API design (a flake8 plugin).",
    )
    top.add_argument("--version", action="store_true", help="print the version and exit")
    sub = top.add_subparsers(dest="command", parser_class=_Parser)

    review = sub.add_parser("review", help="answer the six questions of a stateless design review")
    _paths_and_jobs(review)
    review.add_argument(
        "--format", choices=("text", "markdown", "json"), default="text", help="output format"
    )
    review.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in text output (auto: on a terminal, unless NO_COLOR is set)",
    )
    review.add_argument(
        "--baseline",
        metavar="FILE",
        default=None,
        help="mark the findings in this baseline as known (default: stateless-baseline from"
        " the configuration)",
    )

    rule = sub.add_parser("rule", help="print a rule's page")
    rule.add_argument("code", help="a code, e.g. SLS103")
    sub.add_parser("rules", help="list every code: name, on by default, summary")

    baseline = sub.add_parser("baseline", help="record today's findings")
    actions = baseline.add_subparsers(dest="action", parser_class=_Parser)
    write = actions.add_parser("write", help="write a baseline file")
    _paths_and_jobs(write)
    write.add_argument(
        "-o", "--output", metavar="FILE", default=DEFAULT_BASELINE, help="the baseline file"
    )
    return top


def _paths_and_jobs(command: argparse.ArgumentParser) -> None:
    command.add_argument("paths", nargs="*", metavar="PATH", default=["."])
    command.add_argument(
        "-j", "--jobs", type=_jobs, default=None, help="processes to check with (default: auto)"
    )


def _check_paths(paths: Sequence[str]) -> None:
    for path in paths:
        if path != "-" and not os.path.exists(path):
            raise UsageError(f"no such file or directory: {path}")
        if path == "-":
            raise UsageError("reading from stdin ('-') is not supported: name files or folders")


def _version() -> str:
    from . import __version__

    return str(__version__)


def cmd_rule(code: str) -> int:
    from .ruledocs import page

    name = code.strip().upper()
    if name not in CODES:
        raise UsageError(f"unknown code {code!r} (flake8-stateless rules lists them)")
    text = page(name)
    if text is None:
        raise UsageError(f"the page of {name} is not installed with this package")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


def cmd_rules() -> int:
    from .ruledocs import summaries

    rows = summaries()
    width = max(len(r.name) for r in rows)
    print(f"{'code':<7} {'name':<{width}}  {'default':<7}  summary")
    for row in rows:
        default = "on" if row.default_on else "off"
        print(f"{row.code:<7} {row.name:<{width}}  {default:<7}  {row.summary}")
    return 0


def _colour(choice: str) -> bool:
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _review(paths: Sequence[str], jobs: str | None, baseline: str | None) -> object:
    from .config import OptionError
    from .review import run

    _check_paths(paths)
    if baseline is not None and not os.path.isfile(baseline):
        raise UsageError(f"--baseline: no such file: {baseline}")
    try:
        return run(paths, jobs, baseline)
    except OptionError as error:  # a baseline named by the configuration that is bad
        print(f"flake8-stateless: bad option value: {error}", file=sys.stderr)
        raise SystemExit(USAGE_ERROR) from None


def cmd_review(args: argparse.Namespace) -> int:
    from .render import FORMATS
    from .review import Review

    review = _review(args.paths, args.jobs, args.baseline)
    assert isinstance(review, Review)
    output = FORMATS[args.format](review, _colour(args.color), _version())
    sys.stdout.write(output)
    return review.exit_code


def cmd_baseline_write(args: argparse.Namespace) -> int:
    from .baseline import dumps
    from .review import Review

    review = _review(args.paths, args.jobs, None)
    assert isinstance(review, Review)
    root = os.path.dirname(os.path.abspath(args.output))
    text = dumps(((f.path, f.code, f.message) for f in review.findings), root)
    try:
        with open(args.output, "w", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        raise UsageError(f"-o/--output: cannot write {args.output}: {error.strerror}") from None
    count = len(review.findings)
    print(f"flake8-stateless: {count} finding(s) recorded in {args.output}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        if args.version:
            print(f"flake8-stateless {_version()}")
            return 0
        if args.command == "review":
            return cmd_review(args)
        if args.command == "rule":
            return cmd_rule(args.code)
        if args.command == "rules":
            return cmd_rules()
        if args.command == "baseline" and args.action == "write":
            return cmd_baseline_write(args)
        raise UsageError(
            "name a command: review, rule, rules or baseline write (see --help)"
            if args.command != "baseline"
            else "name what to do with the baseline: write"
        )
    except UsageError as error:
        print(f"flake8-stateless: error: {error}", file=sys.stderr)
        return USAGE_ERROR
    except BrokenPipeError:  # `flake8-stateless rules | head`
        sys.stderr.close()
        return 0
