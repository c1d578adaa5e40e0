"""SLS109 for rate limiters: Flask-Limiter and slowapi ``Limiter(...)`` storage, and
``RATELIMIT_STORAGE_URI`` in Flask config."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import Final

from ...frameworks import FRAMEWORKS, merged
from ...syntax import constant_str, keyword_value
from .checker import Candidate, Checker, Group
from .detection import LIMITER_STORAGE_KEYS

#: Rate limiters -> whether their storage may come from the Flask app's config.
LIMITERS: Final = merged(lambda fw: fw.backends.limiters)
#: Storage URIs that count in this process (``memory://``).
MEMORY_URIS: Final = tuple(
    re.compile(uri)
    for uri in sorted({fw.backends.local_storage_uri or "" for fw in FRAMEWORKS} - {""})
)


def _in_memory(uri: str) -> bool:
    return any(pattern.match(uri) for pattern in MEMORY_URIS)


def storage_settings(checker: Checker, group: Group) -> Iterator[Candidate]:
    for key in sorted(LIMITER_STORAGE_KEYS):
        for write, node, value in checker.constant_writes(group, key):
            if not _in_memory(value):
                continue
            if checker.kept(group, write, (key,)):
                what = f"{key} {value!r}"
                yield Candidate(node, key, what, "rate-limit counters", write.scope)


def limiters(checker: Checker) -> Iterator[Candidate]:
    storage_set = any(
        key in group.writes for group in checker.groups.values() for key in LIMITER_STORAGE_KEYS
    )
    for call, scope, from_app_config in checker.limiters:
        name = checker.bound_name(call) or "Limiter"
        uri = keyword_value(call, "storage_uri")
        if uri is not None and not (isinstance(uri, ast.Constant) and uri.value is None):
            value = constant_str(uri)
            if value is not None and _in_memory(value):
                what = f"Limiter storage_uri {value!r}"
                yield Candidate(uri, name, what, "rate-limit counters", scope)
            continue  # a shared backend, or one chosen at run time
        if storage_set:
            continue
        if from_app_config and not _flask_limiter_knowable(checker, call, name):
            continue
        if not from_app_config and keyword_value(call, "config_filename") is not None:
            continue
        what = "Limiter(...) without storage_uri (it counts in memory://)"
        yield Candidate(uri or call, name, what, "rate-limit counters", scope)


def _flask_limiter_knowable(checker: Checker, call: ast.Call, name: str) -> bool:
    """Flask-Limiter reads RATELIMIT_STORAGE_URI from the app's config: only a limiter
    bound to an app in this file, whose config is not loaded from elsewhere, is known
    to count in memory."""
    bound = keyword_value(call, "app") is not None or name in checker.init_app_receivers
    bound = bound or (bool(call.args) and keyword_value(call, "key_func") is not None)
    return bound and not checker.loaders
