"""Which configuration file set an option, to name it in the message for a bad value.

flake8 does not say where an option's value came from, so this looks where flake8 looks:
``--config FILE`` if given; else ``pyproject.toml``'s ``[tool.flake8]`` in the current
folder when Flake8-pyproject is installed (it then replaces the other files); else the first
of ``setup.cfg``, ``tox.ini``, ``.flake8`` with a ``[flake8]`` section, from the current folder
up. A value given on the command line wins over every file, so then no file is named.
Best effort, and never raises: the message is only better for it.
"""

from __future__ import annotations

import configparser
import os
import sys
from collections.abc import Sequence
from importlib.util import find_spec
from pathlib import Path
from typing import Final

_INI_FILES: Final = ("setup.cfg", "tox.ini", ".flake8")


def _keys(option: str) -> set[str]:
    name = option.removeprefix("--")
    return {name, name.replace("-", "_")}


def _ini_sets(path: Path, option: str) -> bool | None:
    """Whether an ini file's ``[flake8]`` sets the option; None: no such section."""
    parser = configparser.RawConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    if "flake8" not in parser and "flake8:local-plugins" not in parser:
        return None
    return "flake8" in parser and any(parser.has_option("flake8", k) for k in _keys(option))


def _toml_sets(path: Path, option: str) -> bool | None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        try:
            import tomli as tomllib
        except ImportError:
            return None
    try:
        with path.open("rb") as stream:
            data = tomllib.load(stream)
    except (OSError, ValueError):
        return None
    section = data.get("tool", {}).get("flake8") if isinstance(data.get("tool"), dict) else None
    if not isinstance(section, dict):
        return None
    return any(k in section for k in _keys(option))


def _ini_file(start: Path) -> Path | None:
    """The ini file flake8 reads: the first with a flake8 section, from ``start`` up."""
    home = Path.home()
    folder = start
    while True:
        for name in _INI_FILES:
            candidate = folder / name
            if candidate.is_file() and _ini_sets(candidate, "--") is not None:
                return candidate
        if folder.parent == folder or folder.parent == home or folder == home:
            return None
        folder = folder.parent


def where_set(
    option: str,
    explicit: str | None = None,
    toml_config: str | None = None,
    argv: Sequence[str] = (),
    cwd: str | None = None,
) -> str | None:
    """The configuration file that sets ``option`` (``--stateless-cache-names``), as the user
    would name it, or None (the command line, or no file found)."""
    try:
        if any(arg.split("=", 1)[0] == option for arg in argv):
            return None
        here = Path(cwd or os.getcwd())
        if explicit:
            path = Path(explicit)
            return explicit if _ini_sets(path, option) else None
        pyproject = Path(toml_config) if toml_config else here / "pyproject.toml"
        if find_spec("flake8p") is not None and pyproject.is_file():
            found = _toml_sets(pyproject, option)
            if found is not None:
                return f"{_shown(pyproject, here)} [tool.flake8]" if found else None
        ini = _ini_file(here)
        if ini is not None and _ini_sets(ini, option):
            return _shown(ini, here)
    except (OSError, ValueError, RuntimeError):
        return None
    return None


def _shown(path: Path, here: Path) -> str:
    try:
        return os.path.relpath(path, here)
    except ValueError:
        return str(path)
