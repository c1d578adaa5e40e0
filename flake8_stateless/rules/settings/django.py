"""SLS109 for Django: ``CACHES`` and ``CHANNEL_LAYERS`` backends and ``SESSION_ENGINE``
(settings modules, ``settings.configure(...)``), judged by the Django record's ``backends``."""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from typing import Final

from ...frameworks import every, merged
from ...frameworks.django import DJANGO
from .checker import Candidate, Checker, Group
from .detection import ALIASED_SETTINGS, DJANGO_ANCHOR, split_settings_component, star_chain

_BACKENDS: Final = DJANGO.backends
#: Setting -> its values that name a backend kept in one process or on one host's disk.
LOCAL_VALUES: Final = merged(lambda fw: fw.backends.local_values)
DJANGO_DEFAULT_CACHE: Final = _BACKENDS.default_cache
DJANGO_FILE_SESSIONS: Final = frozenset(_BACKENDS.local_values["SESSION_ENGINE"])
#: Session engines that keep sessions in the cache named by SESSION_CACHE_ALIAS.
DJANGO_CACHE_SESSIONS: Final = _BACKENDS.cache_sessions
DJANGO_CONFIGURE: Final = every(lambda fw: fw.backends.configure_calls)


def caches(checker: Checker, group: Group) -> Iterator[Candidate]:
    """The ``default`` backend of ``CACHES`` and of the other aliased settings
    (``CHANNEL_LAYERS``), and the session cache."""
    cache_sessions = checker.constant(group, "SESSION_ENGINE") in DJANGO_CACHE_SESSIONS
    session_alias = checker.constant(group, "SESSION_CACHE_ALIAS") or "default"
    for setting, keeps in ALIASED_SETTINGS.items():
        local = LOCAL_VALUES.get(setting, {})
        for write, node, backend in checker.constant_writes(group, setting):
            label = local.get(backend)
            if label is None:
                continue
            sessions = setting == "CACHES" and cache_sessions and write.alias == session_alias
            if write.alias != "default" and not (
                setting == "CACHES" and write.alias == session_alias
            ):
                continue  # a named cache or layer the code asks for on purpose
            if checker.kept(group, write, (setting,)):
                yield Candidate(
                    node,
                    setting,
                    f"{setting}[{write.alias!r}] backend {label}",
                    f"{keeps} (sessions included)" if sessions else keeps,
                    write.scope,
                )


def session_engine(checker: Checker, group: Group) -> Iterator[Candidate]:
    for write, node, engine in checker.constant_writes(group, "SESSION_ENGINE"):
        if engine in DJANGO_FILE_SESSIONS:
            what = f"SESSION_ENGINE {engine!r}"
            keys: tuple[str, ...] = ("SESSION_ENGINE",)
        elif engine in DJANGO_CACHE_SESSIONS and _caches_absent(checker, group):
            what = (
                f"SESSION_ENGINE {engine!r} with no CACHES setting"
                f" (Django's default cache is {DJANGO_DEFAULT_CACHE})"
            )
            keys = ("SESSION_ENGINE", "CACHES")
        else:
            continue
        if checker.kept(group, write, keys):
            yield Candidate(node, "SESSION_ENGINE", what, "sessions", write.scope)


def _caches_absent(checker: Checker, group: Group) -> bool:
    """No CACHES for a whole settings module: Django then uses its default, LocMemCache.

    A module that is a component of the settings (no INSTALLED_APPS of its own or
    through star imports, or put together by django-split-settings) may get CACHES
    from another component: not known."""
    if not checker.absent(group, "CACHES"):
        return False
    if group.owner != "module":
        return True
    if split_settings_component(os.path.dirname(os.path.abspath(checker.index.filename))):
        return False
    if DJANGO_ANCHOR in checker.module.local_names:
        return True
    for node in checker.module.of(ast.ImportFrom):
        if any(alias.name == "*" for alias in node.names):
            qualified = "." * node.level + (node.module or "")
            if DJANGO_ANCHOR in star_chain(checker.index.filename, qualified)[0]:
                return True
    return False
