"""The plugin's CPU time per phase and rule family, in one in-process flake8 run.

    python phases.py OUT.json FLAKE8_ARGS...   # run.py: plugin venv's Python, corpus folder

The plugin's import is timed, then what ``analysis`` calls is wrapped in place (the package is
not changed): the gate, the objects imported from project modules, the registrar search,
the index, request scope and each ``RULE_FAMILIES`` entry, new ones too; "other" is the rest
of ``analyze``. Writes ``[[label, seconds], ...]`` to OUT.json.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

IMPORT, TOTAL = "import", "analysis, total"


class Phases:
    """CPU seconds per label, in the order the labels were made; timed calls do not nest."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def timed(
        self, label: str, function: Callable[..., Any], lazy: bool = False
    ) -> Callable[..., Any]:
        """``function`` timed under ``label``; with ``lazy``, its iterable result is consumed
        inside the timer (a family's findings may come from a generator)."""
        seconds, clock = self.seconds, time.process_time
        seconds.setdefault(label, 0.0)

        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                result = function(*args, **kwargs)
                return list(result) if lazy else result
            finally:
                seconds[label] += clock() - start

        return timed_call

    def report(self) -> list[tuple[str, float]]:
        """Every label's seconds, "other" (the rest of ``analyze``) and the total."""
        parts = dict(self.seconds)
        total = parts.pop(TOTAL)
        other = total - sum(seconds for label, seconds in parts.items() if label != IMPORT)
        return [*parts.items(), ("other", other), (TOTAL, total)]


def timed_family(phases: Phases, family: Any) -> Any:
    """A ``rules.Family`` whose set-up and per-function check, or module check, are timed."""
    label = f"family: {family.name}"
    if family.prepare is None:
        return family._replace(check=phases.timed(label, family.check, lazy=True))
    prepare = family.prepare

    def timed_prepare(ctx: Any) -> Callable[..., Any]:
        return phases.timed(label, prepare(ctx), lazy=True)

    return family._replace(prepare=phases.timed(label, timed_prepare))


def instrument(phases: Phases) -> None:
    """Wrap the plugin's phases where ``analysis`` and ``checker`` look them up."""
    analysis: Any = importlib.import_module("flake8_stateless.analysis")
    checker: Any = importlib.import_module("flake8_stateless.checker")
    analysis.prescan = phases.timed("statement pass", analysis.prescan)
    analysis.import_project_objects = phases.timed(
        "project objects", analysis.import_project_objects
    )
    analysis.registrations_of = phases.timed("registrars", analysis.registrations_of)
    analysis._families = phases.timed("gate", analysis._families)
    analysis.build_index = phases.timed("index", analysis.build_index)
    analysis.RequestScope = phases.timed("request scope", analysis.RequestScope)
    analysis.RULE_FAMILIES = tuple(timed_family(phases, f) for f in analysis.RULE_FAMILIES)
    checker.analyze = phases.timed(TOTAL, analysis.analyze)


def main(argv: list[str]) -> int:
    out, flake8_args = Path(argv[0]), argv[1:]
    # flake8 has imported itself before it loads a plugin: time the plugin's import alone.
    importlib.import_module("flake8.checker")
    start = time.process_time()
    importlib.import_module("flake8_stateless.checker")
    phases = Phases()
    phases.seconds[IMPORT] = time.process_time() - start
    instrument(phases)
    cli: Any = importlib.import_module("flake8.main.cli")
    status: int = cli.main(flake8_args)
    out.write_text(json.dumps(phases.report()))
    return 0 if status in (0, 1) else status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
