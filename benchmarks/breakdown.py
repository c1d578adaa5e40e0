"""Where flake8-stateless spends its time, per phase, in-process.

Runs the installed plugin exactly as flake8 does (options parsed the same way, one
``StatelessChecker(tree, filename).run()`` per file, files parsed outside the timers) with
timers around what ``analysis.analyze`` calls: the gate, ``model.build_index``,
``scope.RequestScope``, each ``rules.RULE_FAMILIES`` entry's ``check``, and the cross-module
helpers (``project.py``; modules that import astroid, such as ``resolve.py``) wherever the
plugin's modules bound them. Times are exclusive (a phase's time excludes the timed phases it
calls), so the phases add up to the plugin's total. New rule families, and new functions
that ``analyze`` calls, are picked up without changes here.

    python benchmarks/breakdown.py PATH [PATH ...] [--profile N]

Run it with the Python that has the plugin installed (``run.py`` uses its plugin venv; while
optimising, ``/tmp/dev/bin/python benchmarks/breakdown.py benchmarks/.cache/corpus/handlers``
gives the same table from the working tree without reinstalling). Each PATH is a file or a
folder of ``*.py`` files, linted with PATH's folder as the working directory, as ``run.py``
runs flake8.
"""

from __future__ import annotations

import argparse
import ast
import cProfile
import importlib
import inspect
import io
import json
import os
import pstats
import re
import statistics
import subprocess
import sys
import time
import types
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

PACKAGE = "flake8_stateless"
#: Names ``analysis.analyze`` calls -> phase label. Other functions it calls get their own.
ANALYSIS_PHASES = {
    "_top_level_packages": "gate (imports, settings look)",
    "imports_framework": "gate (imports, settings look)",
    "looks_like_settings": "gate (imports, settings look)",
    "families_to_run": "gate (imports, settings look)",
    "build_index": "index: model.build_index",
    "RequestScope": "scope: scope.RequestScope",
    "_rank": "analyze: merge and sort",
}
OWN_ANALYZE = "analyze: merge and sort"
OWN_CHECKER = "checker.run (own)"
CROSS_MODULE = "cross-module: project.py (find, parse, index)"
ASTROID_PROBE = "import time; t = time.perf_counter(); import astroid; print(time.perf_counter()-t)"
_IMPORTS_ASTROID = re.compile(r"^\s*(import astroid|from astroid\b)", re.MULTILINE)


class Timers:
    """Exclusive wall time per label: a timed call's time minus its timed callees'."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._children: list[float] = []

    def wrap(self, label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        seconds, calls, children = self.seconds, self.calls, self._children
        clock = time.perf_counter

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            children.append(0.0)
            try:
                result = function(*args, **kwargs)
                if isinstance(result, (types.GeneratorType, map, filter)) or (
                    isinstance(result, Iterable) and type(result).__name__.endswith("iterator")
                ):
                    result = iter(list(result))  # a lazy family: its work happens here
                return result
            finally:
                elapsed = clock() - start
                inner = children.pop()
                seconds[label] += elapsed - inner
                calls[label] += 1
                if children:
                    children[-1] += elapsed

        timed.__wrapped__ = function  # type: ignore[attr-defined]
        for attribute in ("cache_clear", "cache_info"):
            if hasattr(function, attribute):
                setattr(timed, attribute, getattr(function, attribute))
        return timed


def _plugin_modules() -> list[types.ModuleType]:
    return [m for name, m in sorted(sys.modules.items()) if name.split(".")[0] == PACKAGE and m]


def _defined_functions(module: types.ModuleType) -> dict[str, Callable[..., Any]]:
    found = {}
    for name, value in vars(module).items():
        if inspect.isclass(value) or not callable(value):
            continue
        if getattr(value, "__module__", None) != module.__name__:
            continue
        if inspect.isfunction(value) or hasattr(value, "cache_info"):
            found[name] = value
    return found


def instrument(timers: Timers) -> dict[str, Any]:
    """Wrap the plugin's phases in place; returns facts the report needs."""
    # Any: the installed plugin's modules, patched in place
    checker: Any = importlib.import_module(f"{PACKAGE}.checker")
    analysis: Any = importlib.import_module(f"{PACKAGE}.analysis")
    importlib.import_module(f"{PACKAGE}.rules")
    facts: dict[str, Any] = {"scopes": []}

    # Cross-module helpers: wrapped wherever any plugin module bound them (``from ..project
    # import module_index`` makes a second binding), so every caller goes through the timer.
    replacements: dict[int, Callable[..., Any]] = {}
    astroid_modules = []
    for module in _plugin_modules():
        path = getattr(module, "__file__", None) or ""
        source = Path(path).read_text(encoding="utf-8") if path.endswith(".py") else ""
        if module.__name__ == f"{PACKAGE}.project":
            label = CROSS_MODULE
        elif _IMPORTS_ASTROID.search(source):
            label = f"astroid: {Path(path).name} (lazy import, trees, inference)"
            astroid_modules.append(Path(path).name)
        else:
            continue
        for function in _defined_functions(module).values():
            replacements[id(function)] = timers.wrap(label, function)
    facts["astroid_modules"] = astroid_modules
    for module in _plugin_modules():
        if module is analysis:
            continue
        for name, value in list(vars(module).items()):
            if id(value) in replacements:
                setattr(module, name, replacements[id(value)])

    # What analyze calls, bound in analysis.py.
    for name, value in list(vars(analysis).items()):
        if name.startswith("__") or name == "analyze":
            continue
        if name == "RULE_FAMILIES":
            continue
        if inspect.isclass(value):
            if name not in ANALYSIS_PHASES:
                continue
            original = value

            def make_scope(*args: Any, _cls: type = original, **kwargs: Any) -> Any:
                made = _cls(*args, **kwargs)
                facts["scopes"].append(len(getattr(made, "reach", ()) or ()))
                return made

            setattr(analysis, name, timers.wrap(ANALYSIS_PHASES[name], make_scope))
        elif callable(value) and str(getattr(value, "__module__", "")).startswith(PACKAGE):
            if id(value) in replacements:
                value = replacements[id(value)].__wrapped__  # type: ignore[attr-defined]
            label = ANALYSIS_PHASES.get(name, f"analysis.{name}")
            setattr(analysis, name, timers.wrap(label, value))
    families = []
    for family in analysis.RULE_FAMILIES:
        label = f"rule: {family.name}" + (" (opt-in)" if getattr(family, "opt_in", False) else "")
        if getattr(family, "prepare", None) is not None:
            # Set up once per module, then called on each request-scope function: both timed.
            families.append(family._replace(prepare=_timed_prepare(timers, label, family.prepare)))
        else:
            families.append(family._replace(check=timers.wrap(label, family.check)))
    analysis.RULE_FAMILIES = tuple(families)
    facts["families"] = [f.name for f in families]
    checker.analyze = timers.wrap(OWN_ANALYZE, analysis.analyze)
    return facts


def _timed_prepare(timers: Timers, label: str, prepare: Callable[..., Any]) -> Callable[..., Any]:
    def timed_prepare(ctx: Any) -> Any:
        return timers.wrap(label, prepare(ctx))

    return timers.wrap(label, timed_prepare)


def configure(checker_class: Any, opt_in: bool) -> None:
    """Options as a plain ``flake8`` run sets them (every plugin option at its default)."""
    options = argparse.Namespace(select=["SLS2"] if opt_in else None, extend_select=None)
    config = importlib.import_module(f"{PACKAGE}.config")
    for option in config.OPTIONS:
        setattr(options, f"stateless_{option[1]}", "")
    checker_class.parse_options(options)


def python_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*.py") if p.is_file())


def corpus(path: Path) -> Iterator[tuple[str, int, ast.Module | None]]:
    """Each file of ``path`` as flake8 sees it: its name from the corpus folder (the working
    directory while the caller lints it, as run.py runs flake8), its lines, and its tree
    (None where it does not parse)."""
    path = path.resolve()
    root = path if path.is_dir() else path.parent
    cwd = os.getcwd()
    os.chdir(root)
    try:
        for file in python_files(path):
            rel = "./" + str(file.relative_to(root))
            source = file.read_bytes()
            try:
                tree: ast.Module | None = ast.parse(source, filename=rel)
            except (SyntaxError, ValueError):
                tree = None
            yield rel, source.count(b"\n"), tree
    finally:
        os.chdir(cwd)


def run_corpus(
    path: Path, timers: Timers, checker_class: Any, facts: dict[str, Any]
) -> dict[str, Any]:
    files = 0
    per_file: list[tuple[float, int, str, int]] = []
    lines_total = 0
    findings = 0
    facts["scopes"].clear()
    before = dict(timers.seconds)
    calls_before = Counter(timers.calls)
    for rel, lines, tree in corpus(path):
        files += 1
        lines_total += lines
        if tree is None:
            continue
        scopes = facts["scopes"]
        scopes_before = len(scopes)
        start = time.perf_counter()
        found = list(checker_class(tree, rel).run())
        elapsed = time.perf_counter() - start
        findings += len(found)
        # request-scope functions found, or -1 where the gate stopped the file
        handlers = sum(scopes[scopes_before:]) if len(scopes) > scopes_before else -1
        per_file.append((elapsed, lines, rel, handlers))
    phases = {k: v - before.get(k, 0.0) for k, v in timers.seconds.items()}
    total = sum(t for t, *_ in per_file)
    phases[OWN_CHECKER] = total - sum(v for k, v in phases.items() if k != OWN_CHECKER)
    return {
        "path": str(path.resolve()),
        "files": files,
        "lines": lines_total,
        "findings": findings,
        "total": total,
        "phases": phases,
        "calls": timers.calls - calls_before,
        "per_file": per_file,
    }


def report(result: dict[str, Any], out: Callable[[str], None]) -> None:
    total = result["total"] or 1e-12
    analysed = [f for f in result["per_file"] if f[3] >= 0]
    no_scope = [f for f in analysed if f[3] == 0]
    out(
        f"  {result['files']} files, {result['lines']} lines, {result['findings']} findings; "
        f"plugin time {result['total'] * 1000:.1f} ms "
        f"({result['total'] * 1e6 / max(result['lines'], 1):.2f} us/line)"
    )
    out(
        f"  gate let {len(analysed)} of {len(result['per_file'])} files through; "
        f"{len(no_scope)} of those have no request-scope function and took "
        f"{sum(f[0] for f in no_scope) * 1000:.1f} ms "
        f"({100 * sum(f[0] for f in no_scope) / total:.0f}% of plugin time)"
    )
    out(f"  {'phase':<58} {'ms':>9} {'%':>6} {'calls':>7}")
    for label, seconds in sorted(result["phases"].items(), key=lambda kv: -kv[1]):
        if abs(seconds) < 5e-6 and not label.startswith(("rule:", "gate", "index", "scope")):
            continue
        calls = result["calls"].get(label, 0) or ""
        out(f"  {label:<58} {seconds * 1000:>9.1f} {100 * seconds / total:>5.1f}% {calls:>7}")
    slow = sorted(result["per_file"], reverse=True)[:5]
    out(
        "  slowest files: "
        + ", ".join(
            f"{rel} {t * 1000:.1f} ms ({t * 1e6 / max(lines, 1):.1f} us/line)"
            for t, lines, rel, _ in slow
        )
    )


def child(path: Path, opt_in: bool) -> dict[str, Any]:
    """One pass over one corpus in this fresh process, as one ``flake8 -j1`` run sees it."""
    # flake8 has loaded its own modules before it loads a plugin: the plugin's import is
    # timed without them (it imports flake8's exceptions and option manager).
    importlib.import_module("flake8.checker")
    importlib.import_module("flake8.options.manager")
    start = time.perf_counter()
    checker_module = importlib.import_module(f"{PACKAGE}.checker")
    import_ms = (time.perf_counter() - start) * 1000
    checker_class = checker_module.StatelessChecker
    configure(checker_class, opt_in)
    timers = Timers()
    facts = instrument(timers)
    result = run_corpus(path, timers, checker_class, facts)
    result["calls"] = dict(result["calls"])
    return {
        "plugin": str(Path(str(checker_module.__file__)).parent),
        "import_ms": import_ms,
        "families": facts["families"],
        "astroid_modules": facts["astroid_modules"],
        "astroid_used": "astroid" in sys.modules,
        "result": result,
    }


def count_calls(path: Path, opt_in: bool) -> dict[str, Any]:
    """The plugin's Python function calls over one corpus in this fresh process: a measure of
    its work that neither the machine's load nor its caches change (per line, it shows
    whether the work grows with the file)."""
    checker_module = importlib.import_module(f"{PACKAGE}.checker")
    checker_class = checker_module.StatelessChecker
    configure(checker_class, opt_in)
    plugin_dir = str(Path(str(checker_module.__file__)).parent)
    calls = [0]

    def count(frame: types.FrameType, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename.startswith(plugin_dir):
            calls[0] += 1

    lines = 0
    for rel, file_lines, tree in corpus(path):
        lines += file_lines
        if tree is None:
            continue
        sys.setprofile(count)
        try:
            list(checker_class(tree, rel).run())
        finally:
            sys.setprofile(None)
    return {"calls": calls[0], "lines": lines}


def median_pass(passes: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-phase medians over the passes; files and counts from the pass of median total."""
    ordered = sorted(passes, key=lambda p: p["result"]["total"])
    middle = ordered[len(ordered) // 2]
    merged = dict(middle["result"])
    labels = {label for p in passes for label in p["result"]["phases"]}
    merged["phases"] = {
        label: statistics.median(p["result"]["phases"].get(label, 0.0) for p in passes)
        for label in labels
    }
    merged["total"] = statistics.median(p["result"]["total"] for p in passes)
    merged["passes"] = [p["result"]["total"] for p in passes]
    return {**middle, "result": merged}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Per-phase time of flake8-stateless.")
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--opt-in", action="store_true", help="also run the SLS2xx families")
    parser.add_argument(
        "--passes",
        type=int,
        default=3,
        help="fresh processes per corpus; the table shows per-phase medians (3)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="print cProfile's top N functions by own time instead of the "
        "phase table (cProfile slows Python code unevenly: shares differ)",
    )
    parser.add_argument(
        "--calls",
        action="store_true",
        help="print the plugin's Python function calls per line of each PATH instead "
        "(deterministic: for comparing the work on files of different sizes)",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    out = print

    if args.child:
        (path,) = args.paths
        result = count_calls(path, args.opt_in) if args.calls else child(path, args.opt_in)
        out(json.dumps(result))
        return 0
    if args.calls:
        return calls_per_line(args.paths, args.opt_in, out)
    if args.profile:
        return profile(args.paths, args.opt_in, args.profile, out)

    first = True
    per_line: list[float] = []
    for path in args.paths:
        passes = []
        for _ in range(max(1, args.passes)):
            command = [sys.executable, "-I", __file__, "--child", str(path)]
            command += ["--opt-in"] if args.opt_in else []
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                sys.stderr.write(done.stderr)
                return 1
            passes.append(json.loads(done.stdout.splitlines()[-1]))
        merged = median_pass(passes)
        if first:
            first = False
            out(f"plugin {merged['plugin']}")
            import_ms = statistics.median(p["import_ms"] for p in passes)
            out(
                f"  import of the plugin: {import_ms:.0f} ms once per flake8 process"
                " (flake8 itself already imported)"
            )
            out(f"  rule families: {', '.join(merged['families'])}")
            if merged["astroid_modules"]:
                probe = ASTROID_PROBE
                done = subprocess.run(
                    [sys.executable, "-I", "-c", probe], capture_output=True, text=True
                )
                if done.returncode == 0:
                    out(
                        f"  astroid import alone: {float(done.stdout) * 1000:.0f} ms (separate "
                        "process; paid by each flake8 process whose files ask "
                        f"{', '.join(merged['astroid_modules'])} a question)"
                    )
        totals = ", ".join(f"{t * 1000:.0f}" for t in merged["result"]["passes"])
        out(f"\n{path}  (per-phase medians of {len(passes)} fresh processes; totals {totals} ms)")
        report(merged["result"], out)
        result = merged["result"]
        per_line.append(result["total"] / max(result["lines"], 1))
        if merged["astroid_modules"]:
            used = merged["astroid_used"]
            state = "imported during this corpus" if used else "never imported (lazy)"
            out(f"  astroid: {state}")
    if len(per_line) > 1 and per_line[0]:
        out(f"\nplugin time per line, last/first: {per_line[-1] / per_line[0]:.2f} (in-process)")
    return 0


def calls_per_line(paths: list[Path], opt_in: bool, out: Callable[[str], None]) -> int:
    per_line = []
    for path in paths:
        command = [sys.executable, "-I", __file__, "--child", "--calls", str(path)]
        command += ["--opt-in"] if opt_in else []
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return 1
        counted = json.loads(done.stdout.splitlines()[-1])
        per_line.append(counted["calls"] / max(counted["lines"], 1))
        out(
            f"  {path}: {counted['calls']} calls of the plugin's functions, "
            f"{counted['lines']} lines, {per_line[-1]:.2f} per line"
        )
    if len(per_line) > 1 and per_line[0]:
        out(f"  calls per line, last/first: {per_line[-1] / per_line[0]:.2f}")
    return 0


def profile(paths: list[Path], opt_in: bool, top: int, out: Callable[[str], None]) -> int:
    checker_module = importlib.import_module(f"{PACKAGE}.checker")
    checker_class = checker_module.StatelessChecker
    configure(checker_class, opt_in)
    timers = Timers()
    facts = instrument(timers)
    profiler = cProfile.Profile()
    for path in paths:
        profiler.enable()
        run_corpus(path, timers, checker_class, facts)
        profiler.disable()
    out(f"\ncProfile, top functions by own time ({', '.join(map(str, paths))}):")
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats("tottime")
    stats.print_stats(top)
    out(stream.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
