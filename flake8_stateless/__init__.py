"""flake8-stateless: a flake8 plugin that finds code breaking stateless API design."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("flake8-stateless")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
