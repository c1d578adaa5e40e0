"""The stateless review: one flake8 run, what it understood, and the six questions answered.

The run goes through flake8's public legacy API (``flake8.api.legacy.get_style_guide``), in
this process, with the project's configuration as a plain ``flake8`` in the same folder reads
it (``exclude``, ``per-file-ignores``, ``# noqa``, the plugin's options), plus the plugin's
codes selected (``extend-select = SLS,SLS2``: an explicit ignore still wins). Findings come
back through a formatter of this module's own (:class:`_Collector`, given with
``init_report``), which also hears of every file flake8 checked.

Parallel runs (``-j``): flake8 forks its workers from this process, which has parsed the
options and set the plugin's selection, so the workers inherit both. Where processes are
spawned instead of forked (macOS, Windows), flake8's workers parse the configuration files
again without this module's additions, so the review checks there in one process. What
the review understood (:mod:`.understanding`) is read here, in this process (in a pool of its
own for ``-j``), from the files flake8 reported on: worker processes only send findings.

Everything but :func:`run` is a pure function of its arguments.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Final, NamedTuple, TextIO

from .baseline import Baseline
from .baseline import load as load_baseline
from .codes import ANSWERS_NO, CODES, QUESTIONS, Question, codes_bearing_on
from .config import Config
from .understanding import ModuleFacts, ScopeFunction, read_module

YES: Final = "yes"
NO: Final = "no"
UNDETERMINED: Final = "not determined"
#: The plugin's codes and the opt-in ones, added to the project's selection.
_SELECT: Final = ("SLS", "SLS2")
_QUOTED: Final = re.compile(r"'([^']+)'")


class Reported(NamedTuple):
    """One finding as flake8 reported it (after noqa, per-file-ignores and selection)."""

    path: str
    line: int
    col: int  # 1-based, as flake8 prints it
    code: str
    message: str  # without the code
    known: bool = False  # in the baseline

    @property
    def obj(self) -> str:
        """The object the message names first (``'sessions'``), or ''."""
        match = _QUOTED.search(self.message)
        return match.group(1) if match else ""


class Flake8Run(NamedTuple):
    files: tuple[str, ...]
    findings: tuple[Reported, ...]
    #: the codes the configuration lets through (selected and not ignored)
    selected: frozenset[str]
    config: Config
    #: the baseline file the configuration names (``stateless-baseline``), if any
    baseline_file: str


class Answer(NamedTuple):
    question: Question
    answer: str  # YES, NO or UNDETERMINED
    codes: tuple[str, ...]  # the codes bearing on the question
    findings: tuple[Reported, ...]
    reason: str  # why it is not determined, or ''


class Review(NamedTuple):
    paths: tuple[str, ...]
    files: tuple[ModuleFacts, ...]
    findings: tuple[Reported, ...]  # most important first
    answers: tuple[Answer, ...]
    handlers: dict[tuple[str, int], str]  # (path, line) of a finding -> its handler
    baseline_file: str

    @property
    def functions(self) -> list[tuple[str, ScopeFunction]]:
        return [(f.path, fn) for f in self.files for fn in f.functions]

    @property
    def settings(self) -> list[str]:
        return [f.path for f in self.files if f.settings]

    @property
    def unreadable(self) -> list[ModuleFacts]:
        return [f for f in self.files if f.error is not None]

    @property
    def verdict(self) -> str:
        answers = {a.answer for a in self.answers}
        if NO in answers:
            return NO
        return UNDETERMINED if UNDETERMINED in answers else YES

    @property
    def exit_code(self) -> int:
        return 0 if self.verdict == YES else 1


# -- the pure part ------------------------------------------------------------------------


def answer(
    question: Question,
    findings: Sequence[Reported],
    understood: bool,
    selected: frozenset[str],
    unreadable: int,
) -> Answer:
    """One question: "no" on any finding of a code bearing on it; "yes" only where request
    scope was found, at least one of its codes is on and every file could be read."""
    codes = codes_bearing_on(question.key)
    hits = tuple(f for f in findings if f.code in codes)
    if hits:
        return Answer(question, NO, codes, hits, "")
    if not understood:
        reason = "no request-scope function (route handler, MCP tool, view, ...) was found"
    elif not any(code in selected for code in codes):
        reason = f"its codes ({', '.join(codes)}) are turned off by the configuration"
    elif unreadable:
        reason = f"{unreadable} file(s) could not be read"
    else:
        return Answer(question, YES, codes, (), "")
    return Answer(question, UNDETERMINED, codes, (), reason)


def importance(finding: Reported) -> tuple[bool, int, str, int]:
    """Sort key, most important first: new before known, then the codes that answer "no" to
    the most questions, then by place."""
    return (finding.known, -len(ANSWERS_NO.get(finding.code, ())), finding.path, finding.line)


def handler_of(line: int, functions: Iterable[ScopeFunction]) -> str:
    """The handler a line of a file serves: that of the innermost request-scope function
    around it ('' where none is)."""
    best: ScopeFunction | None = None
    for function in functions:
        if function.first_line <= line <= function.end_line and (
            best is None or function.first_line >= best.first_line
        ):
            best = function
    return best.handler if best is not None else ""


def mark_known(findings: Sequence[Reported], baseline: Baseline | None) -> list[Reported]:
    if baseline is None:
        return list(findings)
    known = baseline.known([(f.path, f.code, f.message) for f in findings])
    return [f._replace(known=k) for f, k in zip(findings, known, strict=True)]


def build(
    paths: Sequence[str],
    run_: Flake8Run,
    facts: Sequence[ModuleFacts],
    baseline: Baseline | None,
    baseline_file: str = "",
) -> Review:
    """The review of one run: known findings marked, the six questions answered."""
    findings = sorted(mark_known(run_.findings, baseline), key=importance)
    understood = any(f.functions for f in facts)
    unreadable = sum(f.error is not None for f in facts)
    answers = tuple(answer(q, findings, understood, run_.selected, unreadable) for q in QUESTIONS)
    by_path = {f.path: f.functions for f in facts}
    handlers = {(f.path, f.line): handler_of(f.line, by_path.get(f.path, ())) for f in findings}
    return Review(tuple(paths), tuple(facts), tuple(findings), answers, handlers, baseline_file)


# -- running flake8 -----------------------------------------------------------------------


def _collector(sink: list[Reported], files: list[str]) -> type[Any]:
    """A flake8 formatter class that keeps what it is given, and the files it hears of,
    instead of printing them."""
    from .formatters import CollectingFormatter

    class _Collector(CollectingFormatter):
        def beginning(self, filename: str) -> None:
            files.append(filename)

        def handle(self, error: Any) -> None:
            if error.code.startswith("SLS"):
                sink.append(
                    Reported(
                        error.filename,
                        error.line_number,
                        error.column_number,
                        error.code,
                        error.text,
                    )
                )

        def stop(self) -> None:
            return None

    return _Collector


def run_flake8(paths: Sequence[str], jobs: str | None) -> Flake8Run:
    """flake8 over ``paths`` with the project's configuration and the plugin's codes on.

    A bad option value stops it with flake8-stateless's one-line message (SystemExit 2).
    """
    from flake8.api import legacy
    from flake8.main.options import JobsArgument
    from flake8.style_guide import Decision, DecisionEngine

    from .checker import StatelessChecker

    guide = legacy.get_style_guide()
    options: argparse.Namespace = guide.options
    options.extend_select = [*(getattr(options, "extend_select", None) or ()), *_SELECT]
    baseline_file = getattr(options, "stateless_baseline", "") or ""
    options.stateless_baseline = ""  # the review marks known findings itself
    if jobs is not None:
        options.jobs = JobsArgument(jobs)
    if multiprocessing.get_start_method() != "fork":
        options.jobs = JobsArgument("1")  # see the module docstring
    StatelessChecker.parse_options(options)  # the opt-in codes on, no baseline filter
    findings: list[Reported] = []
    files: list[str] = []
    guide.init_report(_collector(findings, files))
    guide.check_files(list(paths))
    engine = DecisionEngine(options)
    selected = frozenset(c for c in CODES if engine.decision_for(c) is Decision.Selected)
    return Flake8Run(
        tuple(files), tuple(findings), selected, StatelessChecker.config, baseline_file
    )


def read_all(
    files: Sequence[str], config: Config, jobs: int, progress: Callable[[int], None]
) -> list[ModuleFacts]:
    """:func:`read_module` for each file, in order; in ``jobs`` processes for many files."""
    out: list[ModuleFacts] = []
    if jobs > 1 and len(files) >= 4 * jobs:
        with ProcessPoolExecutor(jobs) as pool:
            for facts in pool.map(read_module, files, [config] * len(files), chunksize=16):
                out.append(facts)
                progress(len(out))
        return out
    for path in files:
        out.append(read_module(path, config))
        progress(len(out))
    return out


def job_count(jobs: str | None) -> int:
    if jobs is None or jobs == "auto":
        try:
            return multiprocessing.cpu_count()
        except NotImplementedError:  # pragma: no cover
            return 1
    return max(1, int(jobs))


def run(paths: Sequence[str], jobs: str | None, baseline_file: str | None) -> Review:
    """The whole review: flake8, then what it understood, then the answers."""
    with Progress(sys.stderr) as progress:
        progress.say(f"running flake8 on {', '.join(paths)}")
        result = run_flake8(paths, jobs)
        total = len(result.files)
        facts = read_all(
            result.files,
            result.config,
            job_count(jobs),
            lambda done: progress.say(f"reading request scope: {done}/{total} files"),
        )
    chosen = baseline_file if baseline_file is not None else result.baseline_file
    baseline = load_baseline(chosen) if chosen else None
    return build(paths, result, facts, baseline, chosen or "")


class Progress:
    """A one-line status on a terminal's stderr, shown only once a run takes a few seconds."""

    DELAY: Final = 3.0

    def __init__(self, stream: TextIO, delay: float = DELAY) -> None:
        self.stream = stream
        self.enabled = _isatty(stream)
        self.delay = delay
        self.start = time.monotonic()
        self.text = ""
        self.shown = False
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._tick, daemon=True)

    def __enter__(self) -> Progress:
        if self.enabled:
            self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopped.set()
        if self.enabled:
            self.thread.join()
            with self.lock:
                if self.shown:
                    self.stream.write("\r\033[K")
                    self.stream.flush()

    def say(self, text: str) -> None:
        with self.lock:
            self.text = text

    def _tick(self) -> None:
        while not self.stopped.wait(0.5):
            elapsed = time.monotonic() - self.start
            if elapsed < self.delay:
                continue
            with self.lock:
                self.stream.write(f"\r\033[Kflake8-stateless: {self.text} ({elapsed:.0f} s)")
                self.stream.flush()
                self.shown = True


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
