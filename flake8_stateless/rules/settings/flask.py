"""SLS109 for Flask: Flask-Session ``SESSION_TYPE``/``SESSION_CACHELIB`` and Flask-Caching
``CACHE_TYPE`` (``app.config``, config classes, config modules, ``Cache(config=...)``),
judged by the Flask record's ``backends``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from ...frameworks import every, merged
from ...frameworks.wsgi import FLASK
from .checker import Candidate, Checker, Group

#: Flask-Session SESSION_TYPE values kept on one host; the value that takes its client from
#: SESSION_CACHELIB, and the cachelib classes given there that keep data in-process.
FLASK_SESSION_TYPES: Final = merged(lambda fw: fw.backends.local_values.get("SESSION_TYPE", {}))
FLASK_SESSION_CACHELIB, _CLIENT_SETTING, _CLIENT_FALLBACK = FLASK.backends.client_values[
    "SESSION_TYPE"
]
CACHELIB_LOCAL: Final = merged(lambda fw: fw.backends.local_objects.get(_CLIENT_SETTING, {}))
#: Flask-Caching CACHE_TYPE values (names and import paths) of process-local backends.
FLASK_CACHE_TYPES: Final = merged(lambda fw: fw.backends.local_values.get("CACHE_TYPE", {}))
#: Flask-Caching's object: ``Cache(app, config={...})``.
FLASK_CACHING: Final = every(lambda fw: fw.backends.config_takers)
#: Calls on ``app.config`` that load configuration from elsewhere, or write a mapping.
CONFIG_LOADERS: Final = every(lambda fw: fw.backends.config_loaders)
CONFIG_WRITERS: Final = every(lambda fw: fw.backends.config_writers)


def session_type(checker: Checker, group: Group) -> Iterator[Candidate]:
    for write, node, value in checker.constant_writes(group, "SESSION_TYPE"):
        if value in FLASK_SESSION_TYPES:
            what = f"Flask-Session SESSION_TYPE {value!r}"
        elif value == FLASK_SESSION_CACHELIB and checker.absent(group, _CLIENT_SETTING):
            what = (
                f"Flask-Session SESSION_TYPE {value!r} without {_CLIENT_SETTING}"
                f" (it falls back to a {_CLIENT_FALLBACK})"
            )
        else:
            continue
        if checker.kept(group, write, ("SESSION_TYPE",)):
            yield Candidate(node, "SESSION_TYPE", what, "sessions", write.scope)
    if checker.constant(group, "SESSION_TYPE") not in (None, FLASK_SESSION_CACHELIB):
        return
    for write in checker.effective(group, _CLIENT_SETTING):
        made = checker.made_by(write.value, write.scope)
        if made is None or made[1] not in CACHELIB_LOCAL:
            continue
        if checker.kept(group, write, (_CLIENT_SETTING,)):
            what = f"Flask-Session {_CLIENT_SETTING} {CACHELIB_LOCAL[made[1]]}()"
            yield Candidate(made[0], _CLIENT_SETTING, what, "sessions", write.scope)


def cache_type(checker: Checker, group: Group) -> Iterator[Candidate]:
    for write, node, value in checker.constant_writes(group, "CACHE_TYPE"):
        if value not in FLASK_CACHE_TYPES:
            continue
        if checker.kept(group, write, ("CACHE_TYPE",)):
            what = f"Flask-Caching CACHE_TYPE {value!r}"
            yield Candidate(node, "CACHE_TYPE", what, "the cache", write.scope)
