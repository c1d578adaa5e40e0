"""What flake8-stateless adds to a flake8 run, next to flake8-bugbear, against a budget.

    python3 benchmarks/run.py                    # every corpus, 5 rounds
    python3 benchmarks/run.py --check            # the same; exit 1 when a budget line fails
    python3 benchmarks/run.py --corpus DIR       # also lint DIR (repeatable)
    python3 benchmarks/run.py --smoke            # the checked-in corpus once, no download

Each corpus is linted with ``flake8 -j1 --isolated .`` from its folder by three venvs made
on first use under ``--cache`` (ignored by git): flake8 alone, with this checkout, with
flake8-bugbear. A warm-up, then rounds of one run per venv in rotated order; a run costs the
process's CPU time and peak memory (``os.wait4``, Unix only). Medians, budget lines, and the
plugin's time per phase and rule family (``phases.py``): see docs/performance.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: flake8 7.5.0 needs Python 3.11; on 3.10 the newest flake8 that installs there.
FLAKE8 = "flake8==7.5.0" if sys.version_info >= (3, 11) else "flake8==7.3.0"
BUGBEAR = "flake8-bugbear==26.10.27"
#: The released sources linted, from their wheels: (label, requirement).
WHEELS = (
    ("django 5.2.8", "django==5.2.8"),
    ("label-studio 1.23.2", "label-studio==1.23.2"),
    ("open-webui 0.12.4", "open-webui==0.12.4"),
)
DJANGO = WHEELS[0][0]
PIP_DOWNLOAD = ("-q", "--no-deps", "--only-binary=:all:")
FLAKE8_ARGS = ("-j1", "--isolated", ".")
VENVS = ("alone", "plugin", "bugbear")
#: Copies of benchmarks/corpus/shop in a full run: about 11,000 lines, so that flake8's
#: start-up does not dominate the ratios.
SHOP_COPIES = 32
#: flake8's default --exclude (but *.egg), which the line counts follow.
EXCLUDED_DIRS = {".svn", "CVS", ".bzr", ".hg", ".git", "__pycache__", ".tox", ".nox", ".eggs"}
HALF_OF_BUGBEAR = 0.5
DJANGO_ADDED = 0.03
MEMORY_GROWTH = 0.30


def log(message: str) -> None:
    print(message, flush=True)


def sh(command: Sequence[str | Path], cwd: Path | None = None) -> str:
    """Run a set-up command; on failure show what it printed and stop."""
    done = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"benchmark set-up failed: {' '.join(map(str, command))}")
    return done.stdout


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def plugin_digest() -> str:
    """Hash of what ``pip install <checkout>`` installs: a change reinstalls the plugin."""
    digest = hashlib.sha256()
    for path in [ROOT / "pyproject.toml", *sorted((ROOT / "flake8_stateless").rglob("*.py"))]:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def requirements(role: str) -> list[str]:
    extra = {"alone": [], "plugin": [str(ROOT)], "bugbear": [BUGBEAR]}[role]
    return [FLAKE8, *extra]


def ensure_venv(cache: Path, role: str) -> Path:
    """The venv of one role, (re)built when its Python, pins or the plugin's sources changed."""
    venv = cache / f"venv-{role}"
    stamp = venv / "benchmark-stamp.json"
    want = {"python": sys.version, "requirements": requirements(role)}
    if role == "plugin":
        want["plugin"] = plugin_digest()
    if stamp.is_file() and json.loads(stamp.read_text()) == want:
        return venv
    log(f"  building {venv} ({' '.join(want['requirements'])})")
    shutil.rmtree(venv, ignore_errors=True)
    sh([sys.executable, "-m", "venv", venv])
    sh([venv_python(venv), "-m", "pip", "install", "-q", *requirements(role)])
    stamp.write_text(json.dumps(want))
    return venv


def fetch_wheel(cache: Path, requirement: str, python: Path) -> Path:
    """The unpacked wheel of ``requirement`` (``pip download --no-deps``, first use only)."""
    target = cache / "corpora" / requirement.replace("==", "-")
    if target.is_dir():
        return target
    downloads = cache / "downloads"
    log(f"  pip download {requirement} (first use only)")
    sh([python, "-m", "pip", "download", *PIP_DOWNLOAD, "-d", downloads, requirement])
    name, version = requirement.split("==")
    wheel = next(downloads.glob(f"{name.replace('-', '_')}-{version}-*.whl"))
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(partial)
    partial.rename(target)
    return target


def copy_shop(cache: Path, copies: int) -> Path:
    """``copies`` copies of the checked-in corpus, each its own package (written afresh)."""
    target = cache / "corpora" / f"shop-x{copies}"
    shutil.rmtree(target, ignore_errors=True)
    for number in range(copies):
        shutil.copytree(HERE / "corpus" / "shop", target / f"shop_{number:02d}")
    return target


def python_files(folder: Path) -> list[Path]:
    found = sorted(folder.rglob("*.py"))
    return [p for p in found if not EXCLUDED_DIRS.intersection(p.relative_to(folder).parts)]


@dataclass(frozen=True)
class Corpus:
    name: str
    folder: Path
    files: int
    lines: int


def corpus(name: str, folder: Path) -> Corpus:
    files = python_files(folder)
    return Corpus(name, folder, len(files), sum(p.read_bytes().count(b"\n") for p in files))


def corpora(cache: Path, extra: list[Path], smoke: bool, python: Path) -> list[Corpus]:
    shop = f"handler-dense ({1 if smoke else SHOP_COPIES}x corpus/shop)"
    found = [corpus(shop, copy_shop(cache, 1 if smoke else SHOP_COPIES))]
    if not smoke:
        found += [corpus(label, fetch_wheel(cache, req, python)) for label, req in WHEELS]
    return found + [corpus(folder.name, folder.resolve()) for folder in extra]


@dataclass(frozen=True)
class Run:
    cpu_s: float
    peak_mib: float


def flake8_command(venv: Path) -> list[str]:
    return [str(venv_python(venv)), "-I", "-m", "flake8", *FLAKE8_ARGS]


def flake8(venv: Path, folder: Path) -> Run:
    """One flake8 run: CPU time (user + system) and peak memory of that process alone."""
    command = flake8_command(venv)
    process = subprocess.Popen(command, cwd=folder, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):  # 1: findings
        raise SystemExit(f"{' '.join(command)} in {folder} exited {process.returncode}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    return Run(usage.ru_utime + usage.ru_stime, peak)


def warm_up(venv: Path, folder: Path, prefix: str) -> int:
    """One untimed run: how many findings have a code that starts with ``prefix``."""
    done = subprocess.run(flake8_command(venv), cwd=folder, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr[-3000:])
        raise SystemExit(f"flake8 failed in {folder} ({venv.name})")
    return len(re.findall(rf":\d+:\d+: {prefix}\d", done.stdout))


def rotated(round_number: int) -> tuple[str, ...]:
    """Each venv takes each place in turn, so that a drift of the machine hits all alike."""
    shift = round_number % len(VENVS)
    return VENVS[shift:] + VENVS[:shift]


def measure(venvs: dict[str, Path], folder: Path, rounds: int) -> dict[str, list[Run]]:
    runs: dict[str, list[Run]] = {role: [] for role in VENVS}
    for number in range(rounds):
        for role in rotated(number):
            runs[role].append(flake8(venvs[role], folder))
    return runs


@dataclass(frozen=True)
class Result:
    corpus: Corpus
    runs: dict[str, list[Run]]
    sls_findings: int
    bugbear_findings: int
    #: (label, seconds) of the in-process profile, in the order phases.py gives them
    phases: list[tuple[str, float]]

    def cpu(self, role: str) -> float:
        return statistics.median(run.cpu_s for run in self.runs[role])

    def added_per_round(self, role: str) -> list[float]:
        """The role's time over flake8 alone's in the same round, round by round."""
        pairs = zip(self.runs[role], self.runs["alone"], strict=True)
        return [run.cpu_s / alone.cpu_s - 1 for run, alone in pairs]

    def added(self, role: str) -> float:
        return statistics.median(self.added_per_round(role))

    def peak(self, role: str) -> float:
        return statistics.median(run.peak_mib for run in self.runs[role])

    def memory_growth(self) -> float:
        return self.peak("plugin") / self.peak("alone") - 1

    def plugin_per_bugbear(self) -> float:
        bugbear = self.added("bugbear")
        return self.added("plugin") / bugbear if bugbear > 0 else float("inf")


def results_table(results: list[Result]) -> list[str]:
    rows = [
        "| corpus | files | lines | flake8 alone | + flake8-stateless | + flake8-bugbear "
        "| plugin / bugbear | peak memory, alone → with the plugin | findings SLS / B |",
        "|---|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in results:
        rows.append(
            f"| {r.corpus.name} | {r.corpus.files:,} | {r.corpus.lines:,} | "
            f"{r.cpu('alone'):.2f} s | {r.added('plugin'):+.1%} | {r.added('bugbear'):+.1%} | "
            f"{r.plugin_per_bugbear():.2f} | {r.peak('alone'):.0f} → {r.peak('plugin'):.0f} MiB "
            f"({r.memory_growth():+.0%}) | {r.sls_findings} / {r.bugbear_findings} |"
        )
    return rows


def phases_table(results: list[Result]) -> list[str]:
    """Rows: the plugin's phases and families; columns: corpora; in-process milliseconds."""
    labels = list(dict.fromkeys(label for r in results for label, _s in r.phases))
    rows = [
        "| ms, in-process | " + " | ".join(r.corpus.name for r in results) + " |",
        "|---|" + "---:|" * len(results),
    ]
    for label in labels:
        cells = (f"{dict(r.phases).get(label, 0.0) * 1000:.0f}" for r in results)
        rows.append(f"| {label} | " + " | ".join(cells) + " |")
    return rows


def verdicts(result: Result) -> list[tuple[bool, str]]:
    """The budget lines of one corpus (docs/performance.md): (holds, what was measured)."""
    name, plugin, bugbear = result.corpus.name, result.added("plugin"), result.added("bugbear")
    memory = result.memory_growth()
    rounds = result.added_per_round("plugin")
    spread = f" (rounds {min(rounds):+.1%}..{max(rounds):+.1%})" if len(rounds) > 1 else ""
    lines = [
        (
            plugin <= HALF_OF_BUGBEAR * bugbear,
            f"{name}: the plugin adds {plugin:+.1%}{spread}, at most half of bugbear's "
            f"{bugbear:+.1%}",
        ),
        (
            memory <= MEMORY_GROWTH,
            f"{name}: peak memory {memory:+.0%} with the plugin, at most {MEMORY_GROWTH:+.0%}",
        ),
    ]
    if name == DJANGO:
        limit = f"{name}: the plugin adds {plugin:+.1%}{spread}, at most {DJANGO_ADDED:+.0%}"
        lines.append((plugin <= DJANGO_ADDED, limit))
    return lines


def profile(venv: Path, folder: Path, out: Path) -> list[tuple[str, float]]:
    """The plugin's phases in one in-process flake8 run (``phases.py``)."""
    command = [venv_python(venv), "-I", HERE / "phases.py", out, *FLAKE8_ARGS]
    subprocess.run([str(c) for c in command], cwd=folder, stdout=subprocess.DEVNULL, check=True)
    return [(label, seconds) for label, seconds in json.loads(out.read_text())]


def header(venvs: dict[str, Path]) -> list[str]:
    commit = sh(["git", "--no-optional-locks", "rev-parse", "--short", "HEAD"], cwd=ROOT).strip()
    changed = sh(["git", "--no-optional-locks", "status", "--porcelain"], cwd=ROOT).strip()
    versions = sh([venv_python(venvs["bugbear"]), "-I", "-m", "flake8", "--version"]).strip()
    return [
        f"commit:  {commit}{' + uncommitted changes' if changed else ''}",
        f"flake8:  {' '.join(versions.split())}",
        f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} (1 min) at start",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    option = parser.add_argument
    option("--rounds", type=int, help="timed rounds per corpus (5; with --smoke 1)")
    option("--check", action="store_true", help="exit 1 when a budget line fails")
    option("--corpus", type=Path, action="append", default=[], help="also lint this folder")
    option("--smoke", action="store_true", help="only one copy of corpus/shop: no download")
    option("--cache", type=Path, default=HERE / ".cache", help="for venvs and corpora")
    option(
        "--only",
        action="append",
        default=[],
        help="only the corpora whose name starts with this (repeatable: --only django)",
    )
    args = parser.parse_args(argv)
    rounds = args.rounds or (1 if args.smoke else 5)
    cache = args.cache.resolve()
    cache.mkdir(parents=True, exist_ok=True)
    (cache / ".gitignore").write_text("# made by benchmarks/run.py\n*\n")

    log("== set-up")
    venvs = {role: ensure_venv(cache, role) for role in VENVS}
    found = corpora(cache, args.corpus, args.smoke, venv_python(venvs["alone"]))
    if args.only:
        found = [item for item in found if item.name.startswith(tuple(args.only))]
    lines = header(venvs)
    log("\n".join(lines))
    log(f"method:  flake8 {' '.join(FLAKE8_ARGS)}, CPU time, medians of {rounds} rotated rounds")
    results = []
    for item in found:
        log(f"-- {item.name}: {item.files:,} files, {item.lines:,} lines")
        sls = warm_up(venvs["plugin"], item.folder, "SLS")
        bugbear = warm_up(venvs["bugbear"], item.folder, "B")
        warm_up(venvs["alone"], item.folder, "")
        runs = measure(venvs, item.folder, rounds)
        phases = profile(venvs["plugin"], item.folder, cache / "phases.json")
        results.append(Result(item, runs, sls, bugbear, phases))
    raw = {
        r.corpus.name: {role: [vars(run) for run in r.runs[role]] for role in VENVS}
        for r in results
    }
    (cache / "last-run.json").write_text(json.dumps({"header": lines, "runs": raw}, indent=1))

    log(f"\n== results (load average {os.getloadavg()[0]:.2f} at the end)")
    log("\n".join(results_table(results)))
    log("\n== the plugin's time per phase and rule family (one in-process run each)")
    log("\n".join(phases_table(results)))
    log("\n== budget")
    lines_held = [line for r in results for line in verdicts(r)]
    log("\n".join(f"{'PASS' if holds else 'FAIL'}  {text}" for holds, text in lines_held))
    return 1 if args.check and not all(holds for holds, _ in lines_held) else 0


if __name__ == "__main__":
    sys.exit(main())
