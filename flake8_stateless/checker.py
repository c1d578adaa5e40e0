"""The flake8 entry point: options in, one analysis per file, findings out."""

from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterator
from typing import Any, ClassVar

from flake8.exceptions import PluginExecutionFailed
from flake8.options.manager import OptionManager

from .analysis import analyze
from .baseline import OPTION as BASELINE_OPTION
from .baseline import Baseline, split
from .baseline import load as load_baseline
from .codes import OPT_IN_PREFIX
from .config import OPTIONS, Config, OptionError, build_config, enabled_codes, opt_in_selected
from .sources import where_set


class StatelessChecker:
    """flake8-stateless: code that breaks stateless API design."""

    config: ClassVar[Config] = Config()
    #: findings already known (``--stateless-baseline``): not reported again
    baseline: ClassVar[Baseline | None] = None

    def __init__(self, tree: ast.AST, filename: str) -> None:
        self.tree = tree
        self.filename = filename

    @classmethod
    def add_options(cls, manager: OptionManager) -> None:
        # Hidden from a plain run; an explicit selection is checked in parse_options too,
        # since --select SLS or a plain `ignore =` would bring default-ignored codes back.
        manager.extend_default_ignore([OPT_IN_PREFIX])
        for option, dest, help_text, _defaults in OPTIONS:
            manager.add_option(
                option,
                dest=f"stateless_{dest}",
                default="",
                parse_from_config=True,
                comma_separated_list=True,
                help=help_text,
            )
        manager.add_option(
            BASELINE_OPTION,
            dest="stateless_baseline",
            default="",
            parse_from_config=True,
            normalize_paths=True,
            help="A baseline file (made by 'flake8-stateless baseline write'): report only "
            "findings that are not in it.",
        )

    @classmethod
    def parse_options(cls, options: argparse.Namespace) -> None:
        values = {dest: getattr(options, f"stateless_{dest}", None) for _o, dest, _h, _d in OPTIONS}
        selected = [
            *(getattr(options, "select", None) or ()),
            *(getattr(options, "extend_select", None) or ()),
        ]
        try:
            opt_in = opt_in_selected(selected)
            cls.config = build_config(values, opt_in=opt_in, enabled=enabled_codes(options))
            path = getattr(options, "stateless_baseline", None)
            cls.baseline = load_baseline(path) if path else None
        except OptionError as error:
            # One clear line naming the option (and the file that set it, where one did),
            # and no traceback; exit 2 as argparse does.
            option = str(error).partition(":")[0]
            source = where_set(
                option,
                explicit=getattr(options, "config", None),
                toml_config=getattr(options, "toml_config", None),
                argv=sys.argv[1:],
            )
            where = f" (set in {source})" if source else ""
            print(f"flake8-stateless: bad option value: {error}{where}", file=sys.stderr)
            raise SystemExit(2) from None

    def run(self) -> Iterator[tuple[int, int, str, type[Any]]]:
        if not isinstance(self.tree, ast.Module):
            return
        try:
            findings = analyze(self.tree, self.filename, self.config)
        except Exception as error:  # never take the whole flake8 run down with a traceback
            raise PluginExecutionFailed(self.filename, "flake8-stateless", error) from error
        if self.baseline is not None and findings:
            known = self.baseline.known([(self.filename, *split(f.message)) for f in findings])
            findings = [f for f, old in zip(findings, known, strict=True) if not old]
        for finding in findings:
            yield finding.line, finding.col, finding.message, type(self)
