"""The same findings whatever folder flake8 runs from (issue 16): other modules of the
project are found from the linted files' own layout (packages, namespace packages, ``src/``,
the nearest project root), never from the working directory."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from flake8_output import reported
from flake8_output import run_flake8 as flake8

FILES = {
    "pyproject.toml": "[project]\nname = 'shop'\n",
    "src/shop/__init__.py": "",
    "src/shop/store.py": """
        sessions = {}
        carts = {}


        def remember(sid, user):
            sessions[sid] = user
    """,
    "src/shop/api/__init__.py": "",
    "src/shop/api/routes.py": """
        from fastapi import FastAPI

        from shop import store
        from shop.store import remember

        app = FastAPI()


        @app.post("/login")
        def login(sid: str, user: str) -> dict:
            store.carts[sid] = []
            remember(sid, user)
            return {"ok": True}
    """,
    # a namespace package (no __init__.py), imported by its top-level name
    "services/billing/ledger.py": """
        entries = []


        def record(amount):
            entries.append(amount)
    """,
    "services/billing/api.py": """
        from fastapi import FastAPI

        from billing import ledger
        from billing.ledger import record

        app = FastAPI()


        @app.post("/charge")
        def charge(amount: int) -> dict:
            ledger.entries.append(amount)
            record(amount)
            return {"ok": True}
    """,
}


def _project(root: Path) -> Path:
    project = root / "shop-project"
    for name, text in FILES.items():
        path = project / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return project


def _findings(cwd: Path, *args: str) -> set[tuple[str, int, str]]:
    return {
        (os.path.normpath(cwd / r.path), r.line, r.code)
        for r in reported(flake8(cwd, "--isolated", "--select", "SLS", *args))
    }


def test_findings_do_not_depend_on_where_flake8_runs(tmp_path: Path) -> None:
    project = _project(tmp_path)
    at_root = _findings(project, ".")
    assert {(Path(p).name, code) for p, _line, code in at_root} == {
        ("routes.py", "SLS103"),
        ("routes.py", "SLS110"),
        ("api.py", "SLS101"),
        ("api.py", "SLS110"),
    }
    assert _findings(tmp_path, "shop-project") == at_root
    src = project / "src"
    assert _findings(src, ".") == {f for f in at_root if f[0].startswith(str(src))}
    one_by_one = set()
    for name in ("src/shop/api/routes.py", "services/billing/api.py"):
        one_by_one |= _findings(project, name)
        one_by_one |= _findings(project / Path(name).parent, Path(name).name)
    assert one_by_one == at_root
    # An editor's unsaved buffer, named by --stdin-display-name: the same findings too.
    routes = project / "src" / "shop" / "api" / "routes.py"
    from_stdin = {
        (os.path.normpath(project / r.path), r.line, r.code)
        for r in reported(
            flake8(
                project,
                "--isolated",
                "--select",
                "SLS",
                "--stdin-display-name",
                "src/shop/api/routes.py",
                "-",
                stdin=routes.read_text(encoding="utf-8"),
            )
        )
    }
    assert from_stdin == {f for f in at_root if f[0] == str(routes)}
