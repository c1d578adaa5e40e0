"""flake8-stateless: a flake8 plugin that finds code breaking stateless API design."""

from __future__ import annotations

from functools import lru_cache


def __getattr__(name: str) -> str:
    # ``__version__`` on first use only: looking it up scans every installed distribution,
    # and flake8 imports the package in each run without needing it.
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=1)
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("flake8-stateless")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"
