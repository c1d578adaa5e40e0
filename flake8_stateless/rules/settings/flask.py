"""SLS109 for Flask: Flask-Session ``SESSION_TYPE``/``SESSION_CACHELIB`` and Flask-Caching
``CACHE_TYPE`` (``app.config``, config classes, config modules, ``Cache(config=...)``)."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType
from typing import Final

from .checker import Candidate, Checker, Group

#: Flask-Session SESSION_TYPE values kept on one host (cachelib is judged by SESSION_CACHELIB).
FLASK_SESSION_TYPES: Final = MappingProxyType({"filesystem": "files on one host"})
FLASK_SESSION_CACHELIB: Final = "cachelib"
#: cachelib classes given as SESSION_CACHELIB.
CACHELIB_LOCAL: Final = MappingProxyType(
    {
        "cachelib.SimpleCache": "SimpleCache",
        "cachelib.simple.SimpleCache": "SimpleCache",
        "cachelib.FileSystemCache": "FileSystemCache",
        "cachelib.file.FileSystemCache": "FileSystemCache",
    }
)
#: Flask-Caching CACHE_TYPE values (names and import paths) of process-local backends.
FLASK_CACHE_TYPES: Final = MappingProxyType(
    {
        "simple": "SimpleCache",
        "SimpleCache": "SimpleCache",
        "flask_caching.backends.SimpleCache": "SimpleCache",
        "flask_caching.backends.simplecache.SimpleCache": "SimpleCache",
        "filesystem": "FileSystemCache",
        "FileSystemCache": "FileSystemCache",
        "flask_caching.backends.FileSystemCache": "FileSystemCache",
        "flask_caching.backends.filesystemcache.FileSystemCache": "FileSystemCache",
    }
)
#: Flask-Caching's object: ``Cache(app, config={...})``.
FLASK_CACHING: Final = frozenset({"flask_caching.Cache"})
#: Calls on ``app.config`` that load configuration from elsewhere.
CONFIG_LOADERS: Final = frozenset(
    {"from_object", "from_pyfile", "from_envvar", "from_file", "from_prefixed_env", "from_json"}
)
CONFIG_WRITERS: Final = frozenset({"update", "from_mapping"})


def session_type(checker: Checker, group: Group) -> Iterator[Candidate]:
    for write, node, value in checker.constant_writes(group, "SESSION_TYPE"):
        if value in FLASK_SESSION_TYPES:
            what = f"Flask-Session SESSION_TYPE {value!r}"
        elif value == FLASK_SESSION_CACHELIB and checker.absent(group, "SESSION_CACHELIB"):
            what = (
                "Flask-Session SESSION_TYPE 'cachelib' without SESSION_CACHELIB"
                " (it falls back to a FileSystemCache)"
            )
        else:
            continue
        if checker.kept(group, write, ("SESSION_TYPE",)):
            yield Candidate(node, "SESSION_TYPE", what, "sessions", write.scope)
    if checker.constant(group, "SESSION_TYPE") not in (None, FLASK_SESSION_CACHELIB):
        return
    for write in checker.effective(group, "SESSION_CACHELIB"):
        made = checker.made_by(write.value, write.scope)
        if made is None or made[1] not in CACHELIB_LOCAL:
            continue
        if checker.kept(group, write, ("SESSION_CACHELIB",)):
            what = f"Flask-Session SESSION_CACHELIB {CACHELIB_LOCAL[made[1]]}()"
            yield Candidate(made[0], "SESSION_CACHELIB", what, "sessions", write.scope)


def cache_type(checker: Checker, group: Group) -> Iterator[Candidate]:
    for write, node, value in checker.constant_writes(group, "CACHE_TYPE"):
        if value not in FLASK_CACHE_TYPES:
            continue
        if checker.kept(group, write, ("CACHE_TYPE",)):
            what = f"Flask-Caching CACHE_TYPE {value!r}"
            yield Candidate(node, "CACHE_TYPE", what, "the cache", write.scope)
