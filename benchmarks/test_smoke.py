"""The benchmark runs and prints its report; timings are not checked (that is run.py --check).

``pytest benchmarks/test_smoke.py``; its first run makes three venvs in benchmarks/.cache/smoke.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402  (benchmarks/ is not a package)


def test_smoke_run_prints_every_section() -> None:
    command = [sys.executable, str(HERE / "run.py"), "--smoke", "--check"]
    command += ["--cache", str(HERE / ".cache" / "smoke")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    # --check: exit 1 is a failed budget line, which one noisy round may give.
    assert done.returncode in (0, 1), done.stdout[-2000:] + done.stderr[-3000:]
    for expected in (
        "flake8:  7.",
        "| handler-dense (1x corpus/shop) | 10 |",
        "| + flake8-stateless | + flake8-bugbear |",
        "| request scope |",
        "| family: singletons |",
        "at most half of bugbear's",
    ):
        assert expected in done.stdout, f"{expected!r} missing from:\n{done.stdout}"


def test_every_venv_takes_every_place_in_turn() -> None:
    orders = [run.rotated(number) for number in range(len(run.VENVS))]
    for place in range(len(run.VENVS)):
        assert {order[place] for order in orders} == set(run.VENVS)


def test_django_has_its_own_budget_line() -> None:
    def result(name: str) -> run.Result:
        runs = {"alone": [run.Run(10.0, 100.0)], "plugin": [run.Run(10.4, 120.0)]}
        runs["bugbear"] = [run.Run(14.0, 101.0)]
        return run.Result(run.Corpus(name, Path(), 1, 1), runs, 0, 0, [])

    assert [holds for holds, _text in run.verdicts(result("app"))] == [True, True]
    assert [holds for holds, _text in run.verdicts(result(run.DJANGO))] == [True, True, False]
