"""The benchmark runs and prints its report (timings are not checked: that is run.py --check).

    pytest benchmarks/test_smoke.py

The first run builds four small venvs in benchmarks/.cache/smoke (about twenty seconds);
later runs reuse them and take a few seconds.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import run  # noqa: E402


def test_generator_is_deterministic_and_writes_valid_python() -> None:
    first = generate.handler_corpus()
    assert first == generate.handler_corpus()
    assert 95 <= len(first) <= 105
    kinds = {path.split("/")[1] for path in first if path.count("/") > 1}
    assert {"api", "web", "mcp", "services", "utils"} <= kinds
    for path, source in first.items():
        ast.parse(source, filename=path)
    growth = generate.growth_corpus((1, 4, 16))
    lines = {
        scale: sum(s.count("\n") for p, s in growth.items() if p.startswith(f"{scale}x/"))
        for scale in (1, 4, 16)
    }
    assert max(lines.values()) < 1.05 * min(lines.values())  # same work at every scale


def test_smoke_run_prints_every_section() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(HERE / "run.py"),
            "--smoke",
            "--floor",
            "--cache",
            str(HERE / ".cache" / "smoke"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    out = done.stdout
    for expected in (
        "flake8:  ",
        "== flake8 -j1 with / without the plugin",
        "handler-dense",
        "growth 16x",
        "16x/1x added time per line",
        "== budget",
        "added time on handler-dense",
        "flake8's own cost of reporting the plugin's findings",
        "plugin own",
        "== the floor: flake8 with a plugin that imports this one",
        "beyond floor",
        "floor (with reporting)",
        "calls per line, last/first: ",
        "== where the plugin's time goes",
        "index: model.build_index",
        "scope: scope.RequestScope",
        "rule: containers",
        "== cyclic GC inside flake8",
    ):
        assert expected in out, f"{expected!r} missing from:\n{out}"


def test_a_cache_outside_the_checkout_is_shown_whole(tmp_path: Path) -> None:
    # --cache may be anywhere; paths inside the checkout are shown from its root.
    assert run._shown(tmp_path / "venv") == str(tmp_path / "venv")
    assert run._shown(run.ROOT / "benchmarks" / ".cache") == "benchmarks/.cache"


def test_a_spread_that_holds_the_budget_line_is_said() -> None:
    assert run._at_the_line(0.022, 0.041, 0.03) != ""
    assert run._at_the_line(0.19, 0.27, 0.15) == ""  # over, whatever the round
    assert run._at_the_line(0.010, 0.025, 0.03) == ""  # under
