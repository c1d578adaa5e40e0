"""What flake8-stateless adds to a flake8 run, measured side by side, against a budget.

    python3 benchmarks/run.py            # full run: Django, handler-dense corpus, growth file
    python3 benchmarks/run.py --check    # the same; exit 1 when a budget line fails
    python3 benchmarks/run.py --smoke    # tiny corpora, one round, no download: seconds
    python3 benchmarks/run.py --floor    # also time the floor (a fourth venv, see below)

Everything it needs is built on first use in ``benchmarks/.cache/`` (git-ignored): venvs with
the same flake8 (one also gets ``pip install <this repository>``, reinstalled whenever the
plugin's sources change; one gets nothing else; one a plugin that only replays the plugin's
findings; with ``--floor``, one the floor plugin), the sources of a pinned Django release
(``pip download``), and the corpora that ``generate.py`` writes. Each corpus is linted with
``flake8 -j1`` in every venv each round, the order rotated from round to round; the report
gives medians, the added time as a ratio of flake8's own, its spread over the rounds, that
time split into flake8's reporting of the findings and the plugin's own (and the floor), the
plugin's added time per line of the growth file at 1x/4x/16x, the budget lines and a
per-phase breakdown (``breakdown.py``); ``--markdown`` adds the tables for the docs. See
docs/performance.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

try:
    import resource
except ImportError:  # Windows: wall time only
    resource = None  # type: ignore[assignment]

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402  (benchmarks/ is not a package)

#: flake8 7.5.0 needs Python 3.11; on 3.10 the newest flake8 that installs there.
FLAKE8_VERSION = "7.5.0" if sys.version_info >= (3, 11) else "7.3.0"
DJANGO_VERSION = "5.2.8"
#: Options of every timed flake8 run, with and without the plugin alike.
FLAKE8_ARGS = ("-j1", "--isolated", "--max-line-length=100")
BUDGET_DJANGO = 0.03
BUDGET_HANDLERS = 0.15
BUDGET_GROWTH = 1.2
GROWTH_SCALES = (1, 4, 16)


# -- setup: venvs, Django, corpora ----------------------------------------------------------


def log(message: str) -> None:
    print(message, flush=True)


def sh(command: Sequence[str | Path]) -> subprocess.CompletedProcess[str]:
    """Run a setup command quietly; on failure show what it printed and stop."""
    done = subprocess.run([str(c) for c in command], capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"benchmark setup failed: {' '.join(map(str, command))}")
    return done


def plugin_digest() -> str:
    """Hash of what ``pip install <repo>`` installs: the package sources and pyproject.toml."""
    digest = hashlib.sha256()
    files = [ROOT / "pyproject.toml", *sorted((ROOT / "flake8_stateless").rglob("*"))]
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


#: A flake8 plugin that only reports findings given to it (the plugin's own, recorded in the
#: warm-up run): flake8 with it minus flake8 alone is what flake8 itself spends on reporting
#: those findings (for each file with one, it tokenizes the whole file again to map ``noqa``
#: comments), so flake8 with the real plugin minus this is the plugin's own cost.
REPLAY_PLUGIN = """
import json, os
_FINDINGS = {}
if os.environ.get("SLS_REPLAY_FINDINGS"):
    with open(os.environ["SLS_REPLAY_FINDINGS"]) as source:
        _FINDINGS = json.load(source)


class Replay:
    def __init__(self, tree, filename):
        self.filename = filename

    def run(self):
        for line, col, text in _FINDINGS.get(self.filename, ()):
            yield line, col - 1, text, type(self)
"""
#: The *floor* (``--floor``), the least an analysis of these files pays in this plugin's
#: design: it imports the plugin, runs its gate (``analysis.families_to_run``) and, on each
#: module the gate lets through, the one walk every rule starts from (``model.build_index``),
#: with the collector paused as ``analysis.analyze`` pauses it; then it replays the findings
#: like :data:`REPLAY_PLUGIN`. flake8 with the plugin minus this is what the analysis costs
#: beyond that walk: request scope, the rule families, other modules' summaries.
FLOOR_PLUGIN = """
import gc
from flake8_stateless.analysis import families_to_run
from flake8_stateless.checker import StatelessChecker
from flake8_stateless.model import build_index
from sls_replay import Replay


class Floor(Replay):
    def __init__(self, tree, filename):
        super().__init__(tree, filename)
        self.tree = tree

    def run(self):
        collecting = gc.isenabled()
        gc.disable()
        try:
            if families_to_run(self.tree, self.filename, StatelessChecker.config):
                build_index(self.tree, self.filename)
        finally:
            if collecting:
                gc.enable()
        return super().run()
"""


def site_packages(python: Path) -> Path:
    code = "import sysconfig; print(sysconfig.get_path('purelib'))"
    return Path(sh([python, "-I", "-c", code]).stdout.strip())


def install_module(python: Path, name: str, source: str, entry_point: str | None) -> None:
    """Install module ``name`` by hand (the module and its dist-info: no build, no index),
    registered with flake8 as ``entry_point`` (``SLS = module:Class``) if given."""
    site = site_packages(python)
    (site / f"{name}.py").write_text(source)
    info = site / f"{name}-0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0\n")
    entry_points = info / "entry_points.txt"
    if entry_point is None:
        entry_points.unlink(missing_ok=True)
    else:
        entry_points.write_text(f"[flake8.extension]\n{entry_point}\n")
    (info / "RECORD").write_text("")


def install_floor_plugin(python: Path) -> None:
    """Register :data:`FLOOR_PLUGIN` with flake8 in place of the plugin installed beside it
    (whose own registration is removed: flake8 would run both under one code)."""
    for registration in site_packages(python).glob("flake8_stateless-*.dist-info/entry_points.txt"):
        registration.unlink()
    install_module(python, "sls_replay", REPLAY_PLUGIN, None)
    install_module(python, "sls_floor", FLOOR_PLUGIN, "SLS = sls_floor:Floor")


def _shown(path: Path) -> str:
    """``path`` relative to the checkout when it is inside it (``--cache`` may be anywhere)."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def ensure_venv(
    venv: Path, flake8_version: str, plugin: bool, replay: bool = False, floor: bool = False
) -> str | None:
    """A venv with ``flake8==flake8_version`` and the plugin from this checkout, or the
    replay plugin, or neither; with ``floor``, the plugin installed but the floor plugin
    registered in its place."""
    stamp_file = venv / "benchmark-stamp.json"
    base = {"python": sys.version, "executable": sys.executable, "flake8": flake8_version}
    want = {
        **base,
        "plugin": plugin_digest() if plugin else None,
        "replay": hashlib.sha256(REPLAY_PLUGIN.encode()).hexdigest()[:12] if replay else None,
        # The floor plugin imports the replay plugin: a change to either reinstalls both.
        "floor": (
            hashlib.sha256((REPLAY_PLUGIN + FLOOR_PLUGIN).encode()).hexdigest()[:12]
            if floor
            else None
        ),
    }
    have = json.loads(stamp_file.read_text()) if stamp_file.is_file() else {}
    if have == want:
        return want["plugin"]
    python = venv_python(venv)
    if {k: have.get(k) for k in base} != base or not python.is_file():
        log(f"  creating {_shown(venv)} (flake8=={flake8_version})")
        shutil.rmtree(venv, ignore_errors=True)
        sh([sys.executable, "-m", "venv", venv])
        sh([python, "-m", "pip", "install", "-q", f"flake8=={flake8_version}"])
    if plugin:
        log(f"  installing the plugin from {ROOT} into {_shown(venv)} (sources {want['plugin']})")
        sh([python, "-m", "pip", "uninstall", "-q", "-y", "flake8-stateless"])
        sh([python, "-m", "pip", "install", "-q", f"flake8=={flake8_version}", ROOT])
    if replay:
        install_module(python, "sls_replay", REPLAY_PLUGIN, "SLS = sls_replay:Replay")
    if floor:
        install_floor_plugin(python)
    stamp_file.write_text(json.dumps(want))
    return want["plugin"]


def flake8_versions(venv: Path) -> str:
    out = sh([venv_python(venv), "-I", "-m", "flake8", "--version"]).stdout
    return " ".join(out.split())


def ensure_django(cache: Path, python: Path) -> Path:
    """The ``django/`` package of the pinned release, from its wheel (``pip download``)."""
    target = cache / f"django-{DJANGO_VERSION}"
    if (target / "django" / "__init__.py").is_file():
        return target
    log(f"  downloading django=={DJANGO_VERSION} (pip download, first run only)")
    wheels = cache / "downloads"
    wheels.mkdir(parents=True, exist_ok=True)
    sh(
        [
            python,
            "-m",
            "pip",
            "download",
            "-q",
            "--no-deps",
            "--only-binary=:all:",
            f"django=={DJANGO_VERSION}",
            "-d",
            wheels,
        ]
    )
    wheel = next(wheels.glob(f"[Dd]jango-{DJANGO_VERSION}-*.whl"))
    partial = cache / f"django-{DJANGO_VERSION}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(partial, [n for n in archive.namelist() if n.startswith("django/")])
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)
    return target


@dataclass
class Target:
    """One timed flake8 invocation: ``flake8 FLAKE8_ARGS path`` in ``cwd``."""

    label: str
    cwd: Path
    path: str
    files: int = 0
    lines: int = 0
    with_s: list[float] = field(default_factory=list)
    without_s: list[float] = field(default_factory=list)
    #: flake8 with the replay plugin (the same findings, no analysis); empty when not run
    replay_s: list[float] = field(default_factory=list)
    #: flake8 with the floor plugin (``--floor``); empty when not run
    floor_s: list[float] = field(default_factory=list)
    findings: int = 0
    files_with_findings: int = 0
    replay: bool = False

    def count(self) -> None:
        top = self.cwd / self.path
        files = [top] if top.is_file() else sorted(top.rglob("*.py"))
        self.files = len(files)
        self.lines = sum(p.read_bytes().count(b"\n") for p in files)

    @property
    def added(self) -> list[float]:
        return _minus(self.with_s, self.without_s)

    @property
    def ratios(self) -> list[float]:
        return self.of_flake8(self.added)

    @property
    def reporting_s(self) -> list[float]:
        """flake8's own cost of reporting the plugin's findings, per round (seconds)."""
        return _minus(self.replay_s, self.without_s)

    @property
    def own_s(self) -> list[float]:
        """The plugin's own cost, per round (seconds): with the plugin minus replayed."""
        return _minus(self.with_s, self.replay_s)

    @property
    def reporting_ratios(self) -> list[float]:
        return self.of_flake8(self.reporting_s)

    @property
    def own_ratios(self) -> list[float]:
        return self.of_flake8(self.own_s)

    @property
    def floor_added_s(self) -> list[float]:
        """The floor's added time per round (seconds; see :data:`FLOOR_PLUGIN`)."""
        return _minus(self.floor_s, self.without_s)

    @property
    def floor_ratios(self) -> list[float]:
        return self.of_flake8(self.floor_added_s)

    @property
    def beyond_floor_ratios(self) -> list[float]:
        """What the analysis costs beyond the floor, as a ratio of flake8's own time."""
        return self.of_flake8(_minus(self.with_s, self.floor_s))

    def of_flake8(self, seconds: list[float]) -> list[float]:
        """Per-round times as ratios of flake8's own time in the same round."""
        return [s / wo for s, wo in zip(seconds, self.without_s, strict=True)]


def _minus(minuend: list[float], subtrahend: list[float]) -> list[float]:
    """Round by round differences of two venvs' times."""
    return [a - b for a, b in zip(minuend, subtrahend, strict=True)]


def build_corpora(
    cache: Path, smoke: bool, skip_django: bool, python: Path
) -> dict[str, list[Target]]:
    corpus = cache / ("corpus-smoke" if smoke else "corpus")
    generate.write_tree(corpus / "handlers", generate.handler_corpus(8 if smoke else 100))
    units = 1 if smoke else generate.GROWTH_UNITS
    generate.write_tree(corpus / "growth", generate.growth_corpus(GROWTH_SCALES, units))
    groups: dict[str, list[Target]] = {}
    if not (smoke or skip_django):
        django = ensure_django(cache, python)
        label = f"django {DJANGO_VERSION}"
        groups[label] = [Target(label, django, "django", replay=True)]
    groups["handler-dense"] = [Target("handler-dense", corpus / "handlers", ".", replay=True)]
    growth = corpus / "growth"
    groups["growth"] = [
        # Every scale, 0x too, in every venv: the rotation then puts each venv in each
        # place alike, and the 0x run's cost is subtracted from each part below.
        Target(f"growth {k}x", growth / f"{k}x", ".", replay=True)
        for k in (0, *GROWTH_SCALES)
    ]
    for targets in groups.values():
        for target in targets:
            target.count()
    return groups


# -- timing ------------------------------------------------------------------------------------


#: What a run costs: "cpu", the flake8 process's user + system CPU time (the work it does,
#: hardly disturbed by other work on a shared machine), or "wall", its elapsed time.
CLOCK = ["cpu" if resource is not None else "wall"]


def _children_cpu() -> float:
    if resource is None:
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def flake8(venv: Path, target: Target, env: dict[str, str] | None = None) -> tuple[float, str]:
    """One flake8 run: its cost (see :data:`CLOCK`) and what it printed."""
    command = [str(venv_python(venv)), "-I", "-m", "flake8", *FLAKE8_ARGS, target.path]
    start, start_cpu = time.perf_counter(), _children_cpu()
    done = subprocess.run(command, cwd=target.cwd, capture_output=True, text=True, env=env)
    wall, cpu = time.perf_counter() - start, _children_cpu() - start_cpu
    elapsed = cpu if CLOCK[0] == "cpu" else wall
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"flake8 failed ({done.returncode}) on {target.label} in {venv.name}")
    return elapsed, done.stdout


@dataclass
class Venvs:
    with_plugin: Path
    without: Path
    replay: Path
    #: the floor venv, with ``--floor`` only
    floor: Path | None = None


_FINDING = re.compile(r"^(.+?):(\d+):(\d+): (SLS\d+ .*)$", re.MULTILINE)


def measure(targets: list[Target], venvs: Venvs, rounds: int, cache: Path) -> None:
    envs: dict[str, dict[str, str] | None] = {}
    for target in targets:  # warm-up (page cache, .pyc files), and the plugin's findings
        flake8(venvs.without, target)
        _, out = flake8(venvs.with_plugin, target)
        found = _FINDING.findall(out)
        target.findings = len(found)
        target.files_with_findings = len({filename for filename, *_ in found})
        envs[target.label] = None
        if target.replay:
            replayed: dict[str, list[tuple[int, int, str]]] = {}
            for filename, line, col, text in found:
                replayed.setdefault(filename, []).append((int(line), int(col), text))
            findings_file = cache / f"replay-{re.sub(r'[^a-z0-9]+', '-', target.label)}.json"
            findings_file.write_text(json.dumps(replayed))
            envs[target.label] = {**os.environ, "SLS_REPLAY_FINDINGS": str(findings_file)}
            for venv in (venvs.replay, venvs.floor):
                if venv is None:
                    continue
                _, out = flake8(venv, target, envs[target.label])
                if sorted(_FINDING.findall(out)) != sorted(found):
                    raise SystemExit(f"{venv.name} did not report the same on {target.label}")
    for round_no in range(rounds):
        for target in targets:
            runs = [(venvs.with_plugin, target.with_s), (venvs.without, target.without_s)]
            if target.replay:
                runs.append((venvs.replay, target.replay_s))
                if venvs.floor is not None:
                    runs.append((venvs.floor, target.floor_s))
            shift = round_no % len(runs)  # each venv takes each place in turn
            for venv, times in runs[shift:] + runs[:shift]:
                env = envs[target.label] if venv in (venvs.replay, venvs.floor) else None
                elapsed, _ = flake8(venv, target, env)
                times.append(elapsed)


# -- report ------------------------------------------------------------------------------------


def med(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def ratio_interval(
    numerator: Sequence[float], denominator: Sequence[float], draws: int = 2000
) -> tuple[float, float]:
    """A 90% interval of ``median(numerator) / median(denominator)``, the two measured in the
    same rounds: the rounds resampled with replacement, each draw taking both values of a
    round (a fixed seed: the same rounds give the same interval). A draw whose denominator
    is not above zero counts as an unbounded ratio (``inf``), one whose numerator is not
    above zero as 0."""
    rng = random.Random(0)
    rounds = range(min(len(numerator), len(denominator)))
    ratios: list[float] = []
    for _ in range(draws):
        picked = rng.choices(rounds, k=len(rounds))
        top = med([numerator[i] for i in picked])
        bottom = med([denominator[i] for i in picked])
        ratios.append(float("inf") if bottom <= 0 else max(top, 0.0) / bottom)
    ratios.sort()
    return ratios[int(0.05 * draws)], ratios[int(0.95 * draws) - 1]


def iqr(values: Sequence[float]) -> tuple[float, float]:
    if len(values) < 4:
        return min(values), max(values)
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, q3


@dataclass
class Budget:
    name: str
    value: float
    limit: float
    text: str

    @property
    def ok(self) -> bool:
        return self.value <= self.limit


def _at_the_line(low: float, high: float, limit: float) -> str:
    """A note where the rounds' spread holds the budget line: another run may judge otherwise."""
    return "; at the line: the spread holds the budget" if low <= limit <= high else ""


def git_state() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "--no-optional-locks", *args], cwd=ROOT, capture_output=True, text=True
        )
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    changed = git("status", "--porcelain", "--", "flake8_stateless", "pyproject.toml")
    if changed:
        count = len(changed.splitlines())
        return f"{commit} + working tree ({count} changed files: flake8_stateless/, pyproject)"
    return commit


def machine() -> str:
    model = ""
    try:
        text = Path("/proc/cpuinfo").read_text()
        found = re.search(r"^model name\s*:\s*(.+)$", text, re.MULTILINE)
        model = f", {found.group(1).strip()}" if found else ""
    except OSError:
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.2f} (1 min) at start"
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs{model}{load}"


def report(groups: dict[str, list[Target]], rounds: int, markdown: bool) -> list[Budget]:
    budgets: list[Budget] = []
    rows = []
    log(
        "\n== flake8 -j1 with / without the plugin "
        f"(medians of {rounds} alternating rounds after one warm-up; growth: twice the rounds)"
    )
    log(
        f"{'corpus':<16}{'files':>6}{'lines':>8}{'without':>10}{'with':>10}"
        f"{'added':>9}  {'min..max':<18}{'IQR':<18}{'SLS':>5}"
    )
    split = []
    for name, targets in groups.items():
        if name == "growth":
            continue
        (t,) = targets
        ratio = med(t.ratios)
        low, high = iqr(t.ratios)
        rows.append(
            (
                name,
                t.files,
                t.lines,
                med(t.without_s),
                med(t.with_s),
                ratio,
                min(t.ratios),
                max(t.ratios),
                t.findings,
            )
        )
        spread = f"{min(t.ratios):+.1%}..{max(t.ratios):+.1%}"
        quartiles = f"{low:+.1%}..{high:+.1%}"
        log(
            f"{name:<16}{t.files:>6}{t.lines:>8}{med(t.without_s):>9.3f}s{med(t.with_s):>9.3f}s"
            f"{ratio:>+9.1%}  {spread:<18}{quartiles:<18}{t.findings:>5}"
        )
        limit = BUDGET_DJANGO if name.startswith("django") else BUDGET_HANDLERS
        text = f"added time on {name}: {ratio:+.1%} (budget <= {limit:.0%}; IQR {quartiles})"
        budgets.append(Budget(name, ratio, limit, text + _at_the_line(low, high, limit)))
        if t.replay_s:
            split.append((name, t, ratio))
    if split:
        log(
            "\n== the added time, split: flake8's own cost of reporting the plugin's findings\n"
            "   (flake8 with a plugin that only replays them: for each file with a finding,\n"
            "   flake8 tokenizes the whole file again to map noqa comments) and the plugin's own"
        )
        log(
            f"{'corpus':<16}{'replay':>10}{'added':>9}{'reporting':>11}{'plugin own':>12}"
            f"  {'own min..max':<18}{'files with SLS':>15}"
        )
        for name, t, ratio in split:
            own = t.own_ratios
            log(
                f"{name:<16}{med(t.replay_s):>9.3f}s{ratio:>+9.1%}{med(t.reporting_ratios):>+11.1%}"
                f"{med(own):>+12.1%}  {f'{min(own):+.1%}..{max(own):+.1%}':<18}"
                f"{t.files_with_findings:>15}"
            )
        floors = [(name, t, ratio) for name, t, ratio in split if t.floor_s]
        if floors:
            log(
                "\n== the floor: flake8 with a plugin that imports this one, runs its gate and\n"
                "   its one walk (model.build_index) on each module the gate lets through, and\n"
                "   replays the findings: the least the analysis pays in this design; the rest\n"
                "   is the analysis beyond that walk (request scope, rule families, other modules)"
            )
            log(
                f"{'corpus':<16}{'floor':>10}{'added':>9}{'floor added':>13}{'IQR':>18}"
                f"{'beyond floor':>14}"
            )
            for name, t, ratio in floors:
                low, high = iqr(t.floor_ratios)
                log(
                    f"{name:<16}{med(t.floor_s):>9.3f}s{ratio:>+9.1%}{med(t.floor_ratios):>+13.1%}"
                    f"{f'{low:+.1%}..{high:+.1%}':>18}{med(t.beyond_floor_ratios):>+14.1%}"
                )

    growth = groups["growth"]
    base = growth[0]
    log(
        "\n== growth: one FastAPI module at 1x/4x/16x; each folder holds the same number of lines\n"
        "   (16 copies of 1x, 4 of 4x, 1 of 16x); net added = added minus the 0x (header-only) run"
    )
    log(
        f"{'scale':<12}{'file lines':>11}{'files':>6}{'without':>10}{'with':>10}{'added':>10}"
        f"{'net us/line':>13}{'SLS':>6}"
    )
    per_line: dict[str, float] = {}
    growth_rows = []
    nets_by_label: dict[str, list[float]] = {}
    for target in growth:
        if target is base:
            net = float("nan")
        else:
            nets = [
                (a - b) / target.lines * 1e6 for a, b in zip(target.added, base.added, strict=True)
            ]
            nets_by_label[target.label] = nets
            net = med(nets)
            per_line[target.label] = net
        lines_per_file = target.lines // max(target.files, 1)
        growth_rows.append(
            (
                target.label,
                lines_per_file,
                target.files,
                med(target.without_s),
                med(target.with_s),
                med(target.added),
                net,
                target.findings,
            )
        )
        log(
            f"{target.label:<12}{lines_per_file:>11}{target.files:>6}{med(target.without_s):>9.3f}s"
            f"{med(target.with_s):>9.3f}s{med(target.added) * 1000:>8.1f}ms"
            + (f"{net:>13.2f}" if net == net else f"{'-':>13}")
            + f"{target.findings:>6}"
        )
    first, last = f"growth {GROWTH_SCALES[0]}x", f"growth {GROWTH_SCALES[-1]}x"
    low, high = ratio_interval(nets_by_label[last], nets_by_label[first])
    interval = f" (90% interval from the rounds: {low:.2f}..{high:.2f})".replace("inf", "unbounded")
    if per_line[first] > 0 and per_line[last] > 0:
        growth_ratio = per_line[last] / per_line[first]
        log(
            f"{GROWTH_SCALES[-1]}x/{GROWTH_SCALES[0]}x added time per line: {growth_ratio:.2f}"
            + interval
        )
    else:  # the rounds' noise was larger than the added time: no verdict either way
        growth_ratio = float("nan")
        log(
            f"{GROWTH_SCALES[-1]}x/{GROWTH_SCALES[0]}x added time per line: cannot tell "
            "(an added time per line is not above zero: noise larger than the plugin's time)"
        )
    flake8_own = {t.label: (med(t.without_s) - med(base.without_s)) / t.lines for t in growth[1:]}
    if flake8_own[first] > 0:
        log(
            f"(context: flake8's own time per line without the plugin, {GROWTH_SCALES[-1]}x/"
            f"{GROWTH_SCALES[0]}x: {flake8_own[last] / flake8_own[first]:.2f})"
        )
    by_label = {t.label: t for t in growth}
    if all(t.replay_s for t in growth):
        # The same split as above, net of the 0x run like the added time: flake8 reporting
        # the findings, and the plugin's own work.
        shares = []
        parts = [("reporting", "reporting_s"), ("plugin own", "own_s")]
        if all(t.floor_s for t in growth):
            parts.append(("floor (with reporting)", "floor_added_s"))
        for part, attribute in parts:
            small, large = (
                med(
                    [
                        (cost - base_cost) / by_label[k].lines * 1e6
                        for cost, base_cost in zip(
                            getattr(by_label[k], attribute), getattr(base, attribute), strict=True
                        )
                    ]
                )
                for k in (first, last)
            )
            shown = f"{large / small:.2f}" if small > 0 and large > 0 else "cannot tell"
            shares.append(f"{part} {small:.2f} -> {large:.2f} us/line ({shown})")
        log(f"(split, {GROWTH_SCALES[0]}x -> {GROWTH_SCALES[-1]}x: {'; '.join(shares)})")
    budgets.append(
        Budget(
            "growth",
            growth_ratio,
            BUDGET_GROWTH,
            f"16x/1x added time per line: {growth_ratio:.2f} (budget <= {BUDGET_GROWTH})"
            + interval
            + (
                _at_the_line(low, high, BUDGET_GROWTH)
                if growth_ratio == growth_ratio  # NaN: no ratio to judge
                else " (not measurable in this run)"
            ),
        )
    )

    log("\n== budget")
    for budget in budgets:
        log(f"{'PASS' if budget.ok else 'FAIL'}  {budget.text}")

    if markdown:
        log("\n== markdown")
        log("| corpus | files | lines | without | with | added | min..max | SLS findings |")
        log("|---|---:|---:|---:|---:|---:|---|---:|")
        for name, files, lines, wo, w, ratio, lo, hi, sls in rows:
            log(
                f"| {name} | {files} | {lines} | {wo:.3f} s | {w:.3f} s | {ratio:+.1%} | "
                f"{lo:+.1%}..{hi:+.1%} | {sls} |"
            )
        log("\n| growth | lines per file | files | without | with | added | net added per line |")
        log("|---|---:|---:|---:|---:|---:|---:|")
        for label, lines, files, wo, w, added, net, _sls in growth_rows:
            net_text = f"{net:.2f} us" if net == net else "-"
            log(
                f"| {label} | {lines} | {files} | {wo:.3f} s | {w:.3f} s | "
                f"{added * 1000:.1f} ms | {net_text} |"
            )
        log(f"\n16x/1x added time per line: {growth_ratio:.2f}")
        if split:
            log(
                "\n| corpus | added | flake8 reporting the findings | plugin's own | "
                "own min..max | files with findings |"
            )
            log("|---|---:|---:|---:|---|---:|")
            for name, t, ratio in split:
                own = t.own_ratios
                log(
                    f"| {name} | {ratio:+.1%} | {med(t.reporting_ratios):+.1%} | "
                    f"{med(own):+.1%} | {min(own):+.1%}..{max(own):+.1%} | "
                    f"{t.files_with_findings} |"
                )
            floors = [(name, t, ratio) for name, t, ratio in split if t.floor_s]
            if floors:
                log("\n| corpus | added | floor | floor IQR | beyond the floor |")
                log("|---|---:|---:|---|---:|")
                for name, t, ratio in floors:
                    low, high = iqr(t.floor_ratios)
                    log(
                        f"| {name} | {ratio:+.1%} | {med(t.floor_ratios):+.1%} | "
                        f"{low:+.1%}..{high:+.1%} | {med(t.beyond_floor_ratios):+.1%} |"
                    )
    return budgets


#: flake8 with the cyclic garbage collector watched: full (generation 2) collections walk
#: every live object, so their cost grows with the heap, i.e. with the file being linted.
GC_WATCH = """
import atexit, gc, json, sys, time
seen = {"collections": [0, 0, 0], "seconds": [0.0, 0.0, 0.0]}
started = [0.0]
def watch(phase, info):
    if phase == "start":
        started[0] = time.perf_counter()
    else:
        seen["collections"][info["generation"]] += 1
        seen["seconds"][info["generation"]] += time.perf_counter() - started[0]
gc.callbacks.append(watch)
atexit.register(lambda: sys.stderr.write("\\nGC " + json.dumps(seen) + "\\n"))
from flake8.main.cli import main
main(sys.argv[1:])
"""


def gc_watch(venv: Path, target: Target) -> dict[str, list[float]]:
    command = [str(venv_python(venv)), "-I", "-c", GC_WATCH, *FLAKE8_ARGS, target.path]
    done = subprocess.run(command, cwd=target.cwd, capture_output=True, text=True)
    found = re.search(r"^GC (.+)$", done.stderr, re.MULTILINE)
    if found is None:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"flake8 failed under the GC watch on {target.label}")
    seen: dict[str, list[float]] = json.loads(found.group(1))
    return seen


def gc_report(groups: dict[str, list[Target]], with_venv: Path, without_venv: Path) -> None:
    log(
        "\n== cyclic GC inside flake8 (one run each): collections per generation (young/middle/"
        "full) and their time;\n   a full collection walks the whole heap, so its cost grows "
        "with the file"
    )
    log(
        f"{'corpus':<16}{'with':>16}{'ms':>8}{'without':>16}{'ms':>8}{'full GC ms':>14}"
        f"{'all GC added':>14}"
    )
    for targets in groups.values():
        for target in targets:
            if target.label.startswith("growth"):
                continue  # one run each is too noisy for the growth differences
            w, wo = gc_watch(with_venv, target), gc_watch(without_venv, target)
            added = sum(w["seconds"]) - sum(wo["seconds"])
            log(
                f"{target.label:<16}{_generations(w):>16}{sum(w['seconds']) * 1000:>8.0f}"
                f"{_generations(wo):>16}{sum(wo['seconds']) * 1000:>8.0f}"
                f"{w['seconds'][2] * 1000:>7.0f} /{wo['seconds'][2] * 1000:>4.0f}"
                f"{added * 1000:>12.0f}ms"
            )


def _generations(seen: dict[str, list[float]]) -> str:
    return "/".join(str(int(n)) for n in seen["collections"])


def growth_calls(with_venv: Path, growth: list[Target]) -> None:
    """The growth files' work counted, not timed: calls of the plugin's functions per line."""
    log(
        "\n== growth, counted: the plugin's Python function calls per line (deterministic; the "
        "times above\n   also carry the machine's noise and its caches)"
    )
    paths = [str(t.cwd / t.path) for t in growth if not t.label.endswith(" 0x")]
    done = subprocess.run(
        [str(venv_python(with_venv)), "-I", str(HERE / "breakdown.py"), "--calls", *paths],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit("breakdown.py --calls failed on the growth files")
    log(done.stdout.rstrip())


def breakdown(with_venv: Path, groups: dict[str, list[Target]], profile: int, smoke: bool) -> None:
    log("\n== where the plugin's time goes (in-process, exclusive time per phase; breakdown.py)")
    script = str(HERE / "breakdown.py")
    for name, targets in groups.items():
        paths = [str(t.cwd / t.path) for t in targets if not t.label.endswith(" 0x")]
        log(f"-- {name}")
        # One process per corpus, as one flake8 -j1 run; the profile (if asked) in another.
        passes = ["--passes", "1" if smoke else "3"]
        for extra in (passes, ["--profile", str(profile)]) if profile else (passes,):
            done = subprocess.run(
                [str(venv_python(with_venv)), "-I", script, *paths, *extra],
                capture_output=True,
                text=True,
            )
            if done.returncode != 0:
                sys.stderr.write(done.stderr[-3000:])
                raise SystemExit(f"breakdown.py failed on {name}")
            log(done.stdout.rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="A/B rounds per corpus (7)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget fails")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="tiny corpora, one round, no Django: checks that the benchmark runs",
    )
    parser.add_argument(
        "--clock",
        choices=("cpu", "wall"),
        default=CLOCK[0],
        help="cost of a flake8 run: its CPU time, user + system (default where available), "
        "or its wall time",
    )
    parser.add_argument("--no-django", action="store_true", help="skip the Django corpus")
    parser.add_argument("--no-breakdown", action="store_true", help="skip the breakdown")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also time the floor: the plugin's import, gate and one walk, and the findings "
        "replayed (a fourth venv; the runs take a third longer)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="add cProfile's top N functions to the breakdown",
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="also print the result tables in Markdown (docs/performance.md)",
    )
    parser.add_argument(
        "--flake8",
        default=FLAKE8_VERSION,
        metavar="VERSION",
        help=f"flake8 version of every venv ({FLAKE8_VERSION})",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=HERE / ".cache",
        help="where venvs, Django and corpora are kept (benchmarks/.cache)",
    )
    args = parser.parse_args(argv)
    rounds = 1 if args.smoke else args.rounds
    if args.clock == "cpu" and resource is None:
        parser.error("--clock cpu needs the resource module (not on Windows)")
    CLOCK[0] = args.clock
    if rounds < 1:
        parser.error("--rounds must be at least 1")

    started = time.perf_counter()
    cache = args.cache.resolve()
    cache.mkdir(parents=True, exist_ok=True)
    (cache / ".gitignore").write_text("# created by benchmarks/run.py\n*\n")
    log("== setup")
    with_venv, without_venv = cache / "venv-with-plugin", cache / "venv-without-plugin"
    venvs = Venvs(with_venv, without_venv, cache / "venv-replay")
    ensure_venv(without_venv, args.flake8, plugin=False)
    installed = ensure_venv(with_venv, args.flake8, plugin=True)
    ensure_venv(venvs.replay, args.flake8, plugin=False, replay=True)
    if args.floor:
        venvs.floor = cache / "venv-floor"
        ensure_venv(venvs.floor, args.flake8, plugin=True, floor=True)
    versions = {v: flake8_versions(v) for v in (with_venv, without_venv)}
    stripped = re.sub(r"flake8-stateless: [^,)]+,\s*", "", versions[with_venv])
    if stripped != versions[without_venv] or stripped == versions[with_venv]:
        raise SystemExit(
            f"the venvs differ in more than the plugin:\n  {versions[with_venv]}\n"
            f"  {versions[without_venv]}"
        )
    groups = build_corpora(cache, args.smoke, args.no_django, venv_python(without_venv))
    changed = "" if plugin_digest() == installed else " (the sources changed since: re-run)"
    log(f"plugin:  {git_state()}, installed sources {installed}{changed}")
    log(f"flake8:  {versions[with_venv]}")
    log(f"machine: {machine()}")
    log(
        f"command: flake8 {' '.join(FLAKE8_ARGS)} <corpus>, {rounds} round(s), "
        f"{'CPU time (user + system) of the flake8 process' if CLOCK[0] == 'cpu' else 'wall time'}"
        + (" [smoke: tiny corpora, timings meaningless]" if args.smoke else "")
    )

    for name, targets in groups.items():
        # The growth runs are short and their differences small: twice the rounds.
        n = rounds * 2 if name == "growth" and not args.smoke else rounds
        log(f"-- timing {name} ({n} rounds) ...")
        measure(targets, venvs, n, cache)
    raw = {
        t.label: {
            "lines": t.lines,
            "files": t.files,
            "with": t.with_s,
            "without": t.without_s,
            "replay": t.replay_s,
            "floor": t.floor_s,
        }
        for targets in groups.values()
        for t in targets
    }
    (cache / "last-run.json").write_text(json.dumps(raw, indent=1))
    budgets = report(groups, rounds, args.markdown)
    growth_calls(with_venv, groups["growth"])
    if not args.no_breakdown:
        gc_report(groups, with_venv, without_venv)
        breakdown(with_venv, groups, args.profile, args.smoke)
    log(f"\n(benchmark took {time.perf_counter() - started:.0f} s)")
    if args.check and not all(b.ok for b in budgets):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
