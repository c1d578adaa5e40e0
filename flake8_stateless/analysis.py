"""Analyse one module: the cheap gate, one indexing pass, then each rule family."""

from __future__ import annotations

import ast
import gc
from collections.abc import Iterable
from typing import Final

from .codes import OPT_IN_PREFIX, PRECEDENCE
from .config import Config
from .context import Context, Finding
from .entries import may_have_entries
from .frameworks import generated_packages, shaped_frameworks
from .imports import imported_modules
from .model import build_index
from .prescan import prescan
from .project import forget_trees
from .resolve import release_astroid
from .rules import RULE_FAMILIES, Family, Gate
from .rules.settings import looks_like_settings
from .scope import RequestScope, could_have_request_scope, imports_framework
from .syntax import module_level_statements
from .testcode import in_spans, is_test_path

#: Packages whose caching decorators SLS105(b) reports even outside request scope.
_CACHE_PACKAGES: Final = frozenset({"functools", "cachetools", "async_lru", "aiocache"})

__all__ = ["Finding", "analyze", "families_to_run"]


def _top_level_packages(tree: ast.Module) -> set[str]:
    """Packages imported at the top of the module (including under if/try), cheaply, and the
    framework packages generated modules stand for (see :class:`.imports.ImportMap`)."""
    packages: set[str] = set()
    for node in module_level_statements(tree.body):
        if isinstance(node, ast.Import):
            packages.update(alias.name.partition(".")[0] for alias in node.names)
            packages |= generated_packages(imported_modules(node))
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                packages.add(node.module.partition(".")[0])
            packages |= generated_packages(imported_modules(node))
    return packages


def analyze(tree: ast.Module, filename: str, config: Config) -> list[Finding]:
    """Every finding in one module, at most one per line, sorted by position.

    The analysis makes almost no reference cycles of its own, so the cyclic collector is
    paused while it runs: collections in the middle of it would only walk flake8's (and
    every other plugin's) live objects again. It is restored, whatever happens. Other
    modules' trees read for this file are dropped after it (their summaries stay), and so is
    astroid's cache once it has grown large.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _analyze(tree, filename, config)
    finally:
        forget_trees()
        release_astroid()
        if collecting:
            gc.enable()


def families_to_run(tree: ast.Module, filename: str, config: Config) -> list[Family]:
    """The gate: the rule families worth running on this module; none (most modules) and it
    is not even indexed. Reads the top-level imports first, the statements only if they
    pass (see :func:`_families_worth_running`)."""
    packages = _top_level_packages(tree)
    if not (
        imports_framework(packages)
        or config.handler_decorators
        or not _CACHE_PACKAGES.isdisjoint(packages)
        or looks_like_settings(tree)
        or shaped_frameworks(tree.body)
        or may_have_entries(tree.body, filename, config.entry_points)
    ):
        return []
    return _families_worth_running(tree, filename, config)


def _analyze(tree: ast.Module, filename: str, config: Config) -> list[Finding]:
    if config.enabled is not None and not config.enabled:
        return []  # ``select = E,F,W``: none of the plugin's codes is reported
    if is_test_path(filename, config.test_patterns):
        return []
    families = families_to_run(tree, filename, config)
    if not families:
        return []
    index = build_index(tree, filename)
    ctx = Context(index, RequestScope(index, config), config)
    kept = _Kept(config.opt_in)
    if ctx.scope.reach:
        # Function by function, every family on one function before the next (see rules/).
        checks = [f.prepare(ctx) for f in families if f.prepare is not None]
        for scope, _reach in ctx.scope.functions():
            for check in checks:
                kept.add(check(scope))
    for family in families:
        if family.check is not None:
            kept.add(family.check(ctx))
    spans = ctx.scope.test_spans
    return [f for f in kept.sorted() if not in_spans(f.line, spans)]


class _Kept:
    """At most one finding per line (and one opt-in finding): the most specific."""

    def __init__(self, opt_in: frozenset[str]) -> None:
        self.opt_in = opt_in
        self.best: dict[tuple[int, bool], Finding] = {}

    def add(self, findings: Iterable[Finding]) -> None:
        best = self.best
        for finding in findings:
            opt_in = finding.code.startswith(OPT_IN_PREFIX)
            if opt_in and finding.code not in self.opt_in:
                continue
            key = (finding.line, opt_in)
            kept = best.get(key)
            if kept is None or _rank(finding) < _rank(kept):
                best[key] = finding

    def sorted(self) -> list[Finding]:
        return sorted(self.best.values())


def _families_worth_running(tree: ast.Module, filename: str, config: Config) -> list[Family]:
    """The rule families that can fire in this module, from its statements alone; none: the
    module is not even indexed.

    Each test is a superset of what its rules find, so skipping loses nothing; most files
    of a framework's own code base import it but define no handler, and a settings module
    without handlers need not be searched for request scope.
    """
    pre = prescan(tree)
    gate = Gate(tree, pre, could_have_request_scope(pre, filename, config))
    enabled = config.enabled
    return [
        f
        for f in RULE_FAMILIES
        if (config.opt_in or not f.opt_in)
        and (enabled is None or not f.codes.isdisjoint(enabled))
        and f.may_fire(gate)
    ]


def _rank(finding: Finding) -> tuple[int, int]:
    code = finding.code
    return (PRECEDENCE.index(code) if code in PRECEDENCE else len(PRECEDENCE), finding.col)
