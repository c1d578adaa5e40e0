"""SLS109 process-local-backend: session and cache backends kept in one process or on one host.

Configuration is read where it is written: Django settings modules (``CACHES``,
``SESSION_ENGINE``, ``CHANNEL_LAYERS``), Flask config (``app.config[...]``,
``.update``/``.from_mapping``, config classes, config modules), Flask-Caching
``Cache(config=...)``, Flask-Limiter and slowapi ``Limiter(...)``, Litestar stores and
``ServerSideSessionConfig``, and backends made in code (sanic-session
``InMemorySessionInterface()``, ``Session(app)`` with no interface).

Settings modules usually import no framework, so :func:`looks_like_settings` lets
them through the analysis gate by what they assign. Test and development settings
(by file name, ``DEBUG = True`` overlays, ``Testing``/``Dev`` config classes) and
branches under ``if DEBUG:`` are exempt. A value that something later in the module,
a star-imported module, or every production sibling settings module overrides is not
reported: precision first.

:mod:`.collect` records what the module writes in a :class:`.checker.Checker`, which
knows whether a write stands; :mod:`.django`, :mod:`.flask`, :mod:`.limiter`,
:mod:`.litestar` and :mod:`.constructors` judge them by the ``backends`` of each
framework's record in ``frameworks/`` (frameworks.md B.3); :mod:`.detection` finds
settings modules and what is exempt; :mod:`.values` reads literal values.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ...context import Context, Finding
from ...frameworks import every
from ...prescan import Prescan
from . import constructors, django, flask, limiter, litestar
from .checker import Candidate, Checker
from .collect import CALLEE_IMPORTS, collect
from .detection import dev_overlay, exempt_path, looks_like_settings

#: Apps that write their config in code (``app.config[...] = ...``): Flask's, Quart's.
_APP_CONFIG_PACKAGES = every(lambda fw: fw.backends.config_packages)


#: ``settings.configure(...)`` as a statement, by its package and its last name.
_CONFIGURE_STATEMENTS = tuple(
    (q.partition(".")[0], q.rpartition(".")[2]) for q in sorted(django.DJANGO_CONFIGURE)
)


def relevant(tree: ast.Module, pre: Prescan) -> bool:
    """Cheap: could SLS109 find anything in this module? (a superset, never a miss)"""
    imports = pre.imports
    return (
        looks_like_settings(tree)
        or not _APP_CONFIG_PACKAGES.isdisjoint(imports.packages)
        or any(q in CALLEE_IMPORTS for q in imports.names.values())
        or any(
            package in imports.packages and call in pre.statement_calls
            for package, call in _CONFIGURE_STATEMENTS
        )
    )


def _candidates(checker: Checker) -> Iterator[Candidate]:
    for group in list(checker.groups.values()):
        if isinstance(group.owner, ast.ClassDef) and checker.exempt_class(group.owner):
            continue
        yield from django.caches(checker, group)
        yield from django.session_engine(checker, group)
        yield from flask.session_type(checker, group)
        yield from flask.cache_type(checker, group)
        yield from limiter.storage_settings(checker, group)
    yield from limiter.limiters(checker)
    yield from litestar.local_stores(checker)
    yield from constructors.backend_calls(checker)


def check(ctx: Context) -> Iterator[Finding]:
    checker = Checker(ctx)
    collect(checker)
    if not checker.found_anything or exempt_path(ctx.index.filename):
        return
    if dev_overlay(ctx.index):
        return
    reported: set[int] = set()
    for candidate in _candidates(checker):
        node = candidate.node
        line: int = node.lineno  # type: ignore[attr-defined]
        if id(node) in reported or candidate.name in checker.allowed:
            continue
        if checker.debug(candidate.scope, line):
            continue
        reported.add(id(node))
        yield Finding.at(node, "SLS109", what=candidate.what, kind=candidate.kind)


__all__ = ["check", "looks_like_settings", "relevant"]
