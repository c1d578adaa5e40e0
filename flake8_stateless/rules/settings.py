"""SLS109 process-local-backend: session and cache backends kept in one process or on one host.

Configuration is read where it is written: Django settings modules (``CACHES``,
``SESSION_ENGINE``), Flask config (``app.config[...]``, ``.update``/``.from_mapping``,
config classes, config modules), Flask-Caching ``Cache(config=...)``, Flask-Limiter and
slowapi ``Limiter(...)``, Litestar stores and ``ServerSideSessionConfig``.

Settings modules usually import no framework, so :func:`looks_like_settings` lets
them through the analysis gate by what they assign. Test and development settings
(by file name, ``DEBUG = True`` overlays, ``Testing``/``Dev`` config classes) and
branches under ``if DEBUG:`` are exempt. A value that something later in the module,
a star-imported module, or every production sibling settings module overrides is not
reported: precision first.
"""

from __future__ import annotations

import ast
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType
from typing import Final, NamedTuple

from ..context import Context, Finding
from ..frameworks import GlobSet
from ..model import ModuleIndex, Scope
from ..project import find_module, module_index

# -- framework facts (frameworks.md B.3) ------------------------------------------------

#: Django cache backends that keep entries in one process or on one host's disk.
DJANGO_LOCAL_CACHES: Final = MappingProxyType(
    {
        "django.core.cache.backends.locmem.LocMemCache": "LocMemCache",
        "django.core.cache.backends.filebased.FileBasedCache": "FileBasedCache",
        "diskcache.DjangoCache": "diskcache DjangoCache",
    }
)
#: Django's default cache when CACHES is not set (django/conf/global_settings.py).
DJANGO_DEFAULT_CACHE: Final = "LocMemCache"
DJANGO_FILE_SESSIONS: Final = frozenset({"django.contrib.sessions.backends.file"})
#: Session engines that keep sessions in the cache named by SESSION_CACHE_ALIAS.
DJANGO_CACHE_SESSIONS: Final = frozenset(
    {"django.contrib.sessions.backends.cache", "django.contrib.sessions.backends.cached_db"}
)
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
#: Rate limiters -> whether their storage may come from the Flask app's config.
LIMITERS: Final = MappingProxyType(
    {
        "flask_limiter.Limiter": True,
        "flask_limiter.extension.Limiter": True,
        "slowapi.Limiter": False,
        "slowapi.extension.Limiter": False,
    }
)
LIMITER_STORAGE_KEYS: Final = frozenset({"RATELIMIT_STORAGE_URI", "RATELIMIT_STORAGE_URL"})
MEMORY_URI: Final = re.compile(r"^(async\+)?memory://")
#: Litestar stores that keep data in one process or on one host.
LITESTAR_LOCAL_STORES: Final = MappingProxyType(
    {
        "litestar.stores.memory.MemoryStore": "MemoryStore",
        "litestar.stores.file.FileStore": "FileStore",
    }
)
#: Calls that take ``stores=``: the app and its config.
LITESTAR_APPS: Final = frozenset(
    {"litestar.Litestar", "litestar.app.Litestar", "litestar.config.app.AppConfig"}
)
LITESTAR_REGISTRY: Final = frozenset({"litestar.stores.registry.StoreRegistry"})
#: Server-side session configs -> the store name they use by default.
LITESTAR_SESSION_CONFIGS: Final = MappingProxyType(
    {"litestar.middleware.session.server_side.ServerSideSessionConfig": "sessions"}
)
DJANGO_CONFIGURE: Final = frozenset({"django.conf.settings.configure"})
#: Settings classes whose values are defaults that the environment overrides.
ENV_SETTINGS_BASES: Final = GlobSet(
    ("pydantic_settings.*", "pydantic.BaseSettings", "pydantic.v1.BaseSettings")
)
#: Calls on ``app.config`` that load configuration from elsewhere.
CONFIG_LOADERS: Final = frozenset(
    {"from_object", "from_pyfile", "from_envvar", "from_file", "from_prefixed_env", "from_json"}
)
CONFIG_WRITERS: Final = frozenset({"update", "from_mapping"})

#: The settings this rule reads (upper-case names, as the frameworks spell them).
SETTINGS_KEYS: Final = frozenset(
    {
        "CACHES",
        "SESSION_ENGINE",
        "SESSION_CACHE_ALIAS",
        "SESSION_TYPE",
        "SESSION_CACHELIB",
        "CACHE_TYPE",
        *LIMITER_STORAGE_KEYS,
    }
)
_GATE_KEYS: Final = SETTINGS_KEYS - {"SESSION_CACHE_ALIAS"}
#: Extensions whose modules may configure a backend without importing a framework.
_GATE_PACKAGES: Final = frozenset(
    {"flask_caching", "flask_session", "flask_limiter", "slowapi", "cachelib"}
)

# -- test and development settings ------------------------------------------------------

_TEST_WORDS: Final = frozenset({"test", "tests", "testing", "conftest", "testsettings"})
_DEV_WORDS: Final = frozenset({"dev", "develop", "development", "local", "debug"})
_SETTINGS_WORDS: Final = frozenset({"settings", "config", "conf", "configs", "configuration"})
_SETTINGS_DIRS: Final = _SETTINGS_WORDS | frozenset({"environments", "envs"})
#: Folders whose modules are not the project's deployed configuration: test suites, and
#: installed packages (Django's own ``global_settings.py`` holds its LocMemCache default).
_TEST_DIRS: Final = frozenset({"tests", "test", "testing", "site-packages", "dist-packages"})
_CAMEL: Final = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")
#: Names whose truth means a debug/test run (``if DEBUG:``, ``if app.testing:``).
_DEBUG_NAMES: Final = frozenset(
    {"debug", "testing", "is_debug", "is_dev", "is_development", "is_testing", "is_local"}
)
_DEBUG_KEYS: Final = frozenset({"DEBUG", "TESTING"})
_DEV_VALUES: Final = frozenset({"dev", "develop", "development", "local", "test", "testing"})
_PROD_VALUES: Final = frozenset({"prod", "production", "live"})
_MAX_STAR_DEPTH: Final = 8
#: What makes a module a whole Django settings module (not a component of one).
_DJANGO_ANCHOR: Final = "INSTALLED_APPS"
_WATCHED_KEYS: Final = SETTINGS_KEYS | {_DJANGO_ANCHOR}


def looks_like_settings(tree: ast.Module) -> bool:
    """Cheap: does the module assign settings that name a session or cache backend, or
    import an extension that takes one?

    Only top-level statements (through top-level ``if``/``try``/``with``) and the direct
    statements of top-level classes are looked at: this runs on every file flake8 sees
    that imports no framework.
    """
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Assign):
            if any(_gate_target(target) for target in node.targets):
                return True
        elif isinstance(node, ast.AnnAssign):
            if _gate_target(node.target):
                return True
        elif isinstance(node, ast.ImportFrom):
            if node.module and node.module.partition(".")[0] in _GATE_PACKAGES:
                return True
        elif isinstance(node, ast.Import):
            if any(alias.name.partition(".")[0] in _GATE_PACKAGES for alias in node.names):
                return True
        elif isinstance(node, ast.ClassDef):
            todo.extend(s for s in node.body if isinstance(s, (ast.Assign, ast.AnnAssign)))
        elif isinstance(node, (ast.If, ast.With)):
            todo.extend(node.body)
            if isinstance(node, ast.If):
                todo.extend(node.orelse)
        elif isinstance(node, ast.Try):
            todo.extend(node.body)
            todo.extend(node.orelse)
            todo.extend(node.finalbody)
            for handler in node.handlers:
                todo.extend(handler.body)
    return False


def _gate_target(target: ast.expr) -> bool:
    while isinstance(target, ast.Subscript):
        target = target.value
    return isinstance(target, ast.Name) and target.id in _GATE_KEYS


# -- what the module writes -------------------------------------------------------------

#: The callees the rule resolves, and the last part of their names (a cheap filter).
_CALLEES: Final = frozenset(
    {
        *FLASK_CACHING,
        *DJANGO_CONFIGURE,
        *LIMITERS,
        *LITESTAR_APPS,
        *LITESTAR_REGISTRY,
        *LITESTAR_SESSION_CONFIGS,
    }
)
_CALL_NAMES: Final = frozenset(q.rpartition(".")[2] for q in _CALLEES)
_CALL_PACKAGES: Final = frozenset(
    {"flask_caching", "flask_limiter", "slowapi", "litestar", "django"}
)


class _Candidate(NamedTuple):
    node: ast.AST
    name: str  # the setting, or the name the object is bound to (--stateless-allowed-names)
    what: str
    kind: str
    scope: Scope


@dataclass(frozen=True, eq=False)
class _Write:
    """One write of a setting; ``value`` is ``None`` where it cannot be known statically."""

    key: str
    value: ast.expr | None
    scope: Scope
    line: int
    alias: str | None = None  # CACHES: the cache alias (None: the whole setting)


@dataclass(eq=False)
class _Group:
    """Settings written together: the module, a config class, ``app.config``, one call."""

    owner: str | ast.AST  # "module", "app", a ClassDef, or the Call that holds the config
    writes: dict[str, list[_Write]] = field(default_factory=lambda: defaultdict(list))
    #: every write to this group is seen (no ``**extra``)
    complete: bool = True


class _Checker:
    def __init__(self, ctx: Context) -> None:
        self.index: ModuleIndex = ctx.index
        self.module: Scope = ctx.index.module
        self.allowed = GlobSet(ctx.config.allowed_names)
        self.groups: dict[object, _Group] = {}
        #: calls that load ``app.config`` from elsewhere (or update it from a variable)
        self.loaders: list[tuple[Scope, int]] = []
        self.limiters: list[tuple[ast.Call, Scope, bool]] = []
        self.init_app_receivers: set[str] = set()
        self.litestar_calls: list[tuple[ast.Call, Scope, str]] = []
        self.store_registrations: list[tuple[ast.Call, Scope]] = []
        self._spans: dict[Scope, list[tuple[int, int]]] = {}
        #: local names of the callees (``from slowapi import Limiter as RateLimiter``)
        self.call_names = _CALL_NAMES | {
            local for local, qualified in self.index.imports.names.items() if qualified in _CALLEES
        }

    def group(self, owner: str | ast.AST) -> _Group:
        key: object = owner if isinstance(owner, str) else id(owner)
        found = self.groups.get(key)
        if found is None:
            found = self.groups[key] = _Group(owner)
        return found

    @property
    def found_anything(self) -> bool:
        return bool(
            self.limiters or self.litestar_calls or any(g.writes for g in self.groups.values())
        )

    # -- collecting -------------------------------------------------------------------

    def collect(self) -> None:
        index = self.index
        resolve_calls = not index.imports.packages.isdisjoint(_CALL_PACKAGES)
        for scope in (self.module, *index.scopes.values()):
            top_class = scope.is_class and index.defined_in.get(scope.node) is self.module
            for node in scope.of(ast.Assign):
                for target in node.targets:
                    self._assignment(target, node.value, scope, top_class)
            for ann in scope.of(ast.AnnAssign):
                if ann.value is not None:
                    self._assignment(ann.target, ann.value, scope, top_class)
            for call in scope.of(ast.Call):
                self._call(call, scope, resolve_calls)

    def _assignment(self, target: ast.expr, value: ast.expr, scope: Scope, top: bool) -> None:
        if isinstance(target, ast.Name):
            if target.id not in SETTINGS_KEYS:
                return
            if scope is self.module:
                self._write(self.group("module"), target.id, value, scope)
            elif top:  # a config class: class ProductionConfig(Config): CACHE_TYPE = ...
                self._write(self.group(scope.node), target.id, value, scope)
            return
        if not isinstance(target, ast.Subscript):
            return
        key = _constant_str(target.slice)
        base = target.value
        if isinstance(base, ast.Attribute) and base.attr == "config":
            if key in SETTINGS_KEYS:  # app.config["CACHE_TYPE"] = ...
                self._write(self.group("app"), key, value, scope)
            return
        if scope is not self.module or key is None:
            return
        if isinstance(base, ast.Name) and base.id == "CACHES":  # CACHES["default"] = {...}
            backend = _item(_mapping(value, scope, self.index), "BACKEND")
            self.group("module").writes["CACHES"].append(
                _Write("CACHES", backend, scope, value.lineno, key)
            )
        elif (  # CACHES["default"]["BACKEND"] = "..."
            key == "BACKEND"
            and isinstance(base, ast.Subscript)
            and isinstance(base.value, ast.Name)
            and base.value.id == "CACHES"
        ):
            alias = _constant_str(base.slice)
            self.group("module").writes["CACHES"].append(
                _Write("CACHES", value, scope, value.lineno, alias)
            )

    def _write(self, group: _Group, key: str, value: ast.expr, scope: Scope) -> None:
        line = value.lineno
        if key != "CACHES":
            group.writes[key].append(_Write(key, value, scope, line))
            return
        caches = _mapping(value, scope, self.index)
        if caches is None:  # env.cache(), a variable: not knowable, but CACHES is set
            group.writes[key].append(_Write(key, None, scope, line))
            return
        pairs, complete = caches
        for alias, spec in pairs:
            backend = _item(_mapping(spec, scope, self.index), "BACKEND")
            group.writes[key].append(_Write(key, backend, scope, line, alias))
        if not complete or not pairs:
            group.writes[key].append(_Write(key, None, scope, line))

    def _mapping_writes(
        self, group: _Group, call: ast.Call, scope: Scope, mapping: ast.expr | None, skip: str
    ) -> bool:
        """Record the settings of ``f({...})``/``f(dict(...))``/``f(KEY=...)``; whether
        every key is known."""
        pairs: list[tuple[str, ast.expr]] = []
        complete = True
        if mapping is not None:
            found = _mapping(mapping, scope, self.index)
            if found is None:
                complete = False
            else:
                pairs.extend(found[0])
                complete = found[1]
        for keyword in call.keywords:
            if keyword.arg is None:  # **extra may replace what comes before it
                pairs.clear()
                complete = False
            elif keyword.arg != skip:
                pairs.append((keyword.arg, keyword.value))
        for key, value in pairs:
            if key in SETTINGS_KEYS:
                self._write(group, key, value, scope)
        return complete

    def _call(self, call: ast.Call, scope: Scope, resolve_calls: bool) -> None:
        func = call.func
        if isinstance(func, ast.Attribute):
            receiver = func.value
            if isinstance(receiver, ast.Attribute) and receiver.attr == "config":
                self._config_call(call, func.attr, scope)
                return
            if func.attr == "init_app":  # cache.init_app(app, config={...})
                if isinstance(receiver, ast.Name):
                    self.init_app_receivers.add(receiver.id)
                config = _keyword(call, "config")
                if config is not None:
                    group = self.group(call)
                    group.complete = self._mapping_writes(group, call, scope, config, "config")
                return
            if (
                func.attr == "register"
                and len(call.args) >= 2
                and isinstance(receiver, ast.Attribute)
                and receiver.attr == "stores"
            ):
                self.store_registrations.append((call, scope))
                return
            name = func.attr
        elif isinstance(func, ast.Name):
            name = func.id
        else:
            return
        if not resolve_calls or name not in self.call_names:
            return
        qualified = self.index.imports.resolve(func)
        if qualified is None:
            return
        if qualified in FLASK_CACHING:
            config = _keyword(call, "config")
            if config is not None:
                group = self.group(call)
                group.complete = self._mapping_writes(group, call, scope, config, "config")
        elif qualified in DJANGO_CONFIGURE:
            group = self.group(call)
            group.complete = self._mapping_writes(group, call, scope, None, "")
        elif qualified in LIMITERS:
            self.limiters.append((call, scope, LIMITERS[qualified]))
        elif qualified in LITESTAR_APPS:
            self.litestar_calls.append((call, scope, "app"))
        elif qualified in LITESTAR_REGISTRY:
            self.litestar_calls.append((call, scope, "registry"))
        elif qualified in LITESTAR_SESSION_CONFIGS:
            self.litestar_calls.append((call, scope, LITESTAR_SESSION_CONFIGS[qualified]))

    def _config_call(self, call: ast.Call, method: str, scope: Scope) -> None:
        if method in CONFIG_WRITERS:  # app.config.update(...), .from_mapping(...)
            mapping = call.args[0] if call.args else None
            if not self._mapping_writes(self.group("app"), call, scope, mapping, ""):
                self.loaders.append((scope, call.lineno))  # update(other): may set anything
        elif method == "setdefault" and len(call.args) == 2:
            key = _constant_str(call.args[0])
            if key in SETTINGS_KEYS:
                self._write(self.group("app"), key, call.args[1], scope)
        elif method in CONFIG_LOADERS:
            self.loaders.append((scope, call.lineno))

    # -- settings -----------------------------------------------------------------------

    def candidates(self) -> Iterator[_Candidate]:
        for group in list(self.groups.values()):
            if isinstance(group.owner, ast.ClassDef) and self._exempt_class(group.owner):
                continue
            yield from self._caches(group)
            yield from self._sessions(group)
            yield from self._flask(group)
        yield from self._limiter_candidates()
        yield from self._litestar_candidates()

    def _caches(self, group: _Group) -> Iterator[_Candidate]:
        cache_sessions = self._constant(group, "SESSION_ENGINE") in DJANGO_CACHE_SESSIONS
        session_alias = self._constant(group, "SESSION_CACHE_ALIAS") or "default"
        for write in self._effective(group, "CACHES"):
            label = DJANGO_LOCAL_CACHES.get(_constant_str(write.value) or "")
            if label is None or write.value is None:
                continue
            if write.alias not in ("default", session_alias):
                continue  # a named cache the code asks for on purpose
            sessions = cache_sessions and write.alias == session_alias
            if self._kept(group, write, ("CACHES",)):
                yield _Candidate(
                    write.value,
                    "CACHES",
                    f"CACHES[{write.alias!r}] backend {label}",
                    "the cache (sessions included)" if sessions else "the cache",
                    write.scope,
                )

    def _sessions(self, group: _Group) -> Iterator[_Candidate]:
        for write in self._effective(group, "SESSION_ENGINE"):
            engine = _constant_str(write.value)
            if write.value is None or engine is None:
                continue
            if engine in DJANGO_FILE_SESSIONS:
                what = f"SESSION_ENGINE {engine!r}"
                keys: tuple[str, ...] = ("SESSION_ENGINE",)
            elif engine in DJANGO_CACHE_SESSIONS and self._caches_absent(group):
                what = (
                    f"SESSION_ENGINE {engine!r} with no CACHES setting"
                    f" (Django's default cache is {DJANGO_DEFAULT_CACHE})"
                )
                keys = ("SESSION_ENGINE", "CACHES")
            else:
                continue
            if self._kept(group, write, keys):
                yield _Candidate(write.value, "SESSION_ENGINE", what, "sessions", write.scope)
        for write in self._effective(group, "SESSION_TYPE"):
            value = _constant_str(write.value)
            if write.value is None or value is None:
                continue
            if value in FLASK_SESSION_TYPES:
                what = f"Flask-Session SESSION_TYPE {value!r}"
            elif value == FLASK_SESSION_CACHELIB and self._absent(group, "SESSION_CACHELIB"):
                what = (
                    "Flask-Session SESSION_TYPE 'cachelib' without SESSION_CACHELIB"
                    " (it falls back to a FileSystemCache)"
                )
            else:
                continue
            if self._kept(group, write, ("SESSION_TYPE",)):
                yield _Candidate(write.value, "SESSION_TYPE", what, "sessions", write.scope)
        if self._constant(group, "SESSION_TYPE") not in (None, FLASK_SESSION_CACHELIB):
            return
        for write in self._effective(group, "SESSION_CACHELIB"):
            made = self._made_by(write.value, write.scope)
            if made is None or made[1] not in CACHELIB_LOCAL:
                continue
            if self._kept(group, write, ("SESSION_CACHELIB",)):
                what = f"Flask-Session SESSION_CACHELIB {CACHELIB_LOCAL[made[1]]}()"
                yield _Candidate(made[0], "SESSION_CACHELIB", what, "sessions", write.scope)

    def _flask(self, group: _Group) -> Iterator[_Candidate]:
        for write in self._effective(group, "CACHE_TYPE"):
            value = _constant_str(write.value)
            if write.value is None or value not in FLASK_CACHE_TYPES:
                continue
            if self._kept(group, write, ("CACHE_TYPE",)):
                what = f"Flask-Caching CACHE_TYPE {value!r}"
                yield _Candidate(write.value, "CACHE_TYPE", what, "the cache", write.scope)
        for key in sorted(LIMITER_STORAGE_KEYS):
            for write in self._effective(group, key):
                value = _constant_str(write.value)
                if write.value is None or value is None or not MEMORY_URI.match(value):
                    continue
                if self._kept(group, write, (key,)):
                    what = f"{key} {value!r}"
                    yield _Candidate(write.value, key, what, "rate-limit counters", write.scope)

    # -- rate limiters ---------------------------------------------------------------------

    def _limiter_candidates(self) -> Iterator[_Candidate]:
        storage_set = any(
            key in group.writes for group in self.groups.values() for key in LIMITER_STORAGE_KEYS
        )
        for call, scope, from_app_config in self.limiters:
            name = self._bound_name(call) or "Limiter"
            uri = _keyword(call, "storage_uri")
            if uri is not None and not (isinstance(uri, ast.Constant) and uri.value is None):
                value = _constant_str(uri)
                if value is not None and MEMORY_URI.match(value):
                    what = f"Limiter storage_uri {value!r}"
                    yield _Candidate(uri, name, what, "rate-limit counters", scope)
                continue  # a shared backend, or one chosen at run time
            if storage_set:
                continue
            if from_app_config and not self._flask_limiter_knowable(call, name):
                continue
            if not from_app_config and _keyword(call, "config_filename") is not None:
                continue
            what = "Limiter(...) without storage_uri (it counts in memory://)"
            yield _Candidate(uri or call, name, what, "rate-limit counters", scope)

    def _flask_limiter_knowable(self, call: ast.Call, name: str) -> bool:
        """Flask-Limiter reads RATELIMIT_STORAGE_URI from the app's config: only a limiter
        bound to an app in this file, whose config is not loaded from elsewhere, is known
        to count in memory."""
        bound = _keyword(call, "app") is not None or name in self.init_app_receivers
        bound = bound or (bool(call.args) and _keyword(call, "key_func") is not None)
        return bound and not self.loaders

    # -- Litestar stores -----------------------------------------------------------------

    def _litestar_candidates(self) -> list[_Candidate]:
        found: list[_Candidate] = []
        if not self.litestar_calls:
            return found
        configured: set[str] = set()
        every_name = False  # stores given dynamically, or a default factory for all names
        built_here = False
        for call, scope, role in self.litestar_calls:
            if role == "app":
                built_here = True
                stores = _keyword(call, "stores")
                if stores is None:
                    continue
                value, owner = self._follow(stores, scope)
                if isinstance(value, ast.Call) and self._resolve(value.func) in LITESTAR_REGISTRY:
                    continue  # the registry call is judged on its own
                every_name |= self._stores(value, owner, configured, found)
            elif role == "registry":
                stores = _keyword(call, "stores") or (call.args[0] if call.args else None)
                if stores is not None:
                    value, owner = self._follow(stores, scope)
                    every_name |= self._stores(value, owner, configured, found)
                factory = _keyword(call, "default_factory")
                if factory is not None:
                    every_name = True
                    if isinstance(factory, ast.Lambda):
                        self._local_store(factory.body, scope, "the default store", found)
        for call, scope in self.store_registrations:
            store_name = _constant_str(call.args[0])
            if store_name is None:
                every_name = True
                continue
            configured.add(store_name)
            self._local_store(call.args[1], scope, f"store {store_name!r}", found)
        if not built_here or every_name:
            return found  # the app and its stores are set up elsewhere
        for call, scope, role in self.litestar_calls:
            if role in ("app", "registry"):
                continue
            store = _keyword(call, "store")
            store_name = role if store is None else _constant_str(store)
            if store_name is None or store_name in configured:
                continue
            what = (
                f"ServerSideSessionConfig with no store registered as {store_name!r}"
                " (Litestar's default store is a MemoryStore)"
            )
            name = self._bound_name(call) or "ServerSideSessionConfig"
            found.append(_Candidate(call, name, what, "sessions", scope))
        return found

    def _stores(
        self, stores: ast.expr, scope: Scope, configured: set[str], found: list[_Candidate]
    ) -> bool:
        """Judge a ``stores`` mapping; whether its names cannot all be known."""
        mapping = _mapping(stores, scope, self.index)
        if mapping is None:
            return True
        for store_name, value in mapping[0]:
            configured.add(store_name)
            self._local_store(value, scope, f"store {store_name!r}", found)
        return not mapping[1]

    def _local_store(
        self, expr: ast.expr, scope: Scope, role: str, found: list[_Candidate]
    ) -> None:
        made = self._made_by(expr, scope)
        if made is None or made[1] not in LITESTAR_LOCAL_STORES:
            return
        if any(candidate.node is made[0] for candidate in found):
            return
        label = LITESTAR_LOCAL_STORES[made[1]]
        name = self._bound_name(made[0]) or label
        what = f"Litestar {label}() given as {role}"
        found.append(_Candidate(made[0], name, what, "the store's data", scope))

    # -- helpers ------------------------------------------------------------------------

    def _resolve(self, func: ast.expr) -> str | None:
        if isinstance(func, (ast.Name, ast.Attribute)):
            return self.index.imports.resolve(func)
        return None

    def _follow(self, expr: ast.expr, scope: Scope) -> tuple[ast.expr, Scope]:
        """A name bound once: its value and the scope that binds it (one step)."""
        if isinstance(expr, ast.Name):
            owner = self.index.lookup(scope, expr.id)
            if owner is not None:
                values = owner.values.get(expr.id, [])
                if len(values) == 1 and values[0] is not None:
                    return values[0], owner
        return expr, scope

    def _made_by(self, expr: ast.expr | None, scope: Scope) -> tuple[ast.Call, str] | None:
        """The call that makes ``expr`` (directly or through a name) and its callee."""
        if expr is None:
            return None
        value, _owner = self._follow(expr, scope)
        if not isinstance(value, ast.Call):
            return None
        qualified = self._resolve(value.func)
        return None if qualified is None else (value, qualified)

    def _bound_name(self, node: ast.AST) -> str | None:
        for name, values in self.module.values.items():
            if any(value is node for value in values):
                return name
        return None

    def _debug(self, scope: Scope, line: int) -> bool:
        """Whether ``line`` is in a branch that runs only in debug or test runs."""
        current: Scope | None = scope
        while current is not None:
            spans = self._spans.get(current)
            if spans is None:
                spans = self._spans[current] = _debug_spans(current)
            if any(start <= line <= end for start, end in spans):
                return True
            current = current.parent
        return False

    def _effective(self, group: _Group, key: str) -> list[_Write]:
        """The writes of ``key`` in ``group`` itself outside debug branches, that no later
        write (outside debug branches) replaces."""
        writes = [w for w in group.writes.get(key, ()) if not self._debug(w.scope, w.line)]
        return [
            write
            for write in writes
            if not any(w.line > write.line and w.alias in (write.alias, None) for w in writes)
        ]

    def _sees(self, group: _Group, key: str) -> tuple[list[_Write], bool]:
        """The writes of ``key`` that apply to ``group`` (its own, else its base classes'),
        and whether no write of it can come from where this file does not show."""
        owner = group.owner
        if isinstance(owner, ast.ClassDef):
            chain = self._class_chain(owner)
            for cls in chain if chain is not None else self._bases_anywhere(owner):
                writes = self.group(cls).writes.get(key)
                if writes:
                    return writes, True
            return [], chain is not None
        writes = group.writes.get(key, [])
        if owner == "module":
            return writes, not self._module_may_inherit((key,), after=None)
        if owner == "app":
            return writes, group.complete and not self.loaders
        return writes, group.complete

    def _constant(self, group: _Group, key: str) -> str | None:
        live = [w for w in self._sees(group, key)[0] if not self._debug(w.scope, w.line)]
        return _constant_str(live[-1].value) if live else None

    def _absent(self, group: _Group, key: str) -> bool:
        writes, complete = self._sees(group, key)
        return complete and all(self._debug(w.scope, w.line) for w in writes)

    def _caches_absent(self, group: _Group) -> bool:
        """No CACHES for a whole settings module: Django then uses its default, LocMemCache.

        A module that is a component of the settings (no INSTALLED_APPS of its own or
        through star imports, or put together by django-split-settings) may get CACHES
        from another component: not known."""
        if not self._absent(group, "CACHES"):
            return False
        if group.owner != "module":
            return True
        if _split_settings_component(os.path.dirname(os.path.abspath(self.index.filename))):
            return False
        if _DJANGO_ANCHOR in self.module.local_names:
            return True
        for node in self.module.of(ast.ImportFrom):
            if any(alias.name == "*" for alias in node.names):
                qualified = "." * node.level + (node.module or "")
                if _DJANGO_ANCHOR in _star_chain(self.index.filename, qualified)[0]:
                    return True
        return False

    def _kept(self, group: _Group, write: _Write, keys: tuple[str, ...]) -> bool:
        """Whether nothing this file shows replaces ``write`` in the deployed configuration."""
        owner = group.owner
        if owner == "app":
            return not any(
                line > write.line and _encloses(scope, write.scope) for scope, line in self.loaders
            )
        if owner == "module":
            if self._module_may_inherit(keys, after=write.line):
                return False  # a star import below it may replace it
            return not _every_importer_overrides(self.index.filename, keys)
        if isinstance(owner, ast.ClassDef):
            return self._used_by_a_leaf(owner, write.key)
        return True

    def _module_may_inherit(self, keys: tuple[str, ...], after: int | None) -> bool:
        """Whether a star import (below line ``after``, or anywhere) may set ``keys``."""
        for node in self.module.of(ast.ImportFrom):
            if after is not None and node.lineno <= after:
                continue
            if any(alias.name == "*" for alias in node.names):
                qualified = "." * node.level + (node.module or "")
                names, resolved = _star_chain(self.index.filename, qualified)
                if not resolved or names & set(keys):
                    return True
        return after is None and self._includes_settings()

    def _includes_settings(self) -> bool:
        """django-split-settings ``include(...)``, ``exec(...)``, ``globals().update(...)``."""
        for call in self.module.of(ast.Call):
            func = call.func
            if (self._resolve(func) or "").startswith("split_settings."):
                return True
            if isinstance(func, ast.Name) and func.id in ("exec", "execfile"):
                return True
            if (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Name)
                and func.value.func.id in ("globals", "vars", "locals")
            ):
                return True
        return False

    # -- config classes --------------------------------------------------------------------

    def _top_classes(self) -> list[ast.ClassDef]:
        return [
            scope.node
            for scope in self.index.classes()
            if isinstance(scope.node, ast.ClassDef)
            and self.index.defined_in.get(scope.node) is self.module
        ]

    def _same_module_base(self, base: ast.expr) -> ast.ClassDef | None:
        if not isinstance(base, ast.Name):
            return None
        found = self.index.class_named(self.module, base.id)
        if found is None or self.index.defined_in.get(found) is not self.module:
            return None
        return found

    def _class_chain(self, cls: ast.ClassDef) -> list[ast.ClassDef] | None:
        """``cls`` and its bases, nearest first; ``None`` if a base is not of this module."""
        chain = self._bases_anywhere(cls)
        for current in chain:
            for base in current.bases:
                known = isinstance(base, ast.Name) and base.id == "object"
                if not known and self._same_module_base(base) is None:
                    return None
        return chain

    def _bases_anywhere(self, cls: ast.ClassDef) -> list[ast.ClassDef]:
        """``cls`` and the bases of it that this module defines, nearest first."""
        chain = [cls]
        todo = [cls]
        while todo:
            current = todo.pop(0)
            for base in current.bases:
                found = self._same_module_base(base)
                if found is not None and found not in chain:
                    chain.append(found)
                    todo.append(found)
        return chain

    def _exempt_class(self, cls: ast.ClassDef) -> bool:
        """Test and development config classes (by name or ``DEBUG``/``TESTING = True``),
        and settings classes whose values are defaults the environment overrides."""
        for current in self._bases_anywhere(cls):
            if {w.lower() for w in _CAMEL.findall(current.name)} & (_TEST_WORDS | _DEV_WORDS):
                return True
            for statement in current.body:
                if isinstance(statement, ast.Assign) and _sets_debug(statement):
                    return True
            if any(self._resolve(base) in ENV_SETTINGS_BASES for base in current.bases):
                return True
        return False

    def _used_by_a_leaf(self, cls: ast.ClassDef, key: str) -> bool:
        """A value in a base class matters if a class that is not exempt inherits it: the
        base ``Config`` that only ``DevelopmentConfig`` does not override is not reported."""
        descendants: dict[ast.ClassDef, list[ast.ClassDef]] = defaultdict(list)
        for other in self._top_classes():
            for base in self._bases_anywhere(other)[1:]:
                descendants[base].append(other)
        for leaf in (c for c in (cls, *descendants[cls]) if not descendants[c]):
            if self._exempt_class(leaf):
                continue
            for current in self._bases_anywhere(leaf):
                written = self.groups.get(id(current))
                if written is not None and written.writes.get(key):
                    if current is cls:
                        return True
                    break
        return False


def check(ctx: Context) -> Iterator[Finding]:
    checker = _Checker(ctx)
    checker.collect()
    if not checker.found_anything or _exempt_path(ctx.index.filename):
        return
    if _dev_overlay(ctx.index):
        return
    reported: set[int] = set()
    for candidate in checker.candidates():
        node = candidate.node
        line: int = node.lineno  # type: ignore[attr-defined]
        if id(node) in reported or candidate.name in checker.allowed:
            continue
        if checker._debug(candidate.scope, line):
            continue
        reported.add(id(node))
        yield Finding.at(node, "SLS109", what=candidate.what, kind=candidate.kind)


# -- pure helpers -------------------------------------------------------------------------


def _constant_str(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _sets_debug(node: ast.Assign) -> bool:
    """``DEBUG = True`` / ``TESTING = True``."""
    value = node.value
    return (
        isinstance(value, ast.Constant)
        and value.value is True
        and any(isinstance(t, ast.Name) and t.id in _DEBUG_KEYS for t in node.targets)
    )


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _encloses(outer: Scope, inner: Scope) -> bool:
    current: Scope | None = inner
    while current is not None:
        if current is outer:
            return True
        current = current.parent
    return False


Items = tuple[list[tuple[str, ast.expr]], bool]


def _mapping(expr: ast.expr | None, scope: Scope, index: ModuleIndex) -> Items | None:
    """A literal mapping (``{...}``, ``dict(...)``, or a name bound once to one): its
    string-keyed items and whether they are all of them; ``None`` if it is not one."""
    if isinstance(expr, ast.Name):
        owner = index.lookup(scope, expr.id)
        values = owner.values.get(expr.id, []) if owner is not None else []
        expr = values[0] if len(values) == 1 else None
    if isinstance(expr, ast.Dict):
        pairs: list[tuple[str, ast.expr]] = []
        complete = True
        for key, value in zip(expr.keys, expr.values, strict=True):
            name = _constant_str(key)
            if name is None:  # {**base, ...} or a computed key: may replace what came before
                pairs.clear()
                complete = False
            else:
                pairs.append((name, value))
        return pairs, complete
    if (
        isinstance(expr, ast.Call)
        and isinstance(expr.func, ast.Name)
        and expr.func.id == "dict"
        and index.lookup(scope, "dict") is None
    ):
        pairs = []
        complete = True
        for arg in expr.args:
            inner = _mapping(arg, scope, index) if isinstance(arg, ast.Dict) else None
            if inner is None:
                complete = False
            else:
                pairs.extend(inner[0])
                complete = complete and inner[1]
        for keyword in expr.keywords:
            if keyword.arg is None:
                pairs.clear()
                complete = False
            else:
                pairs.append((keyword.arg, keyword.value))
        return pairs, complete
    return None


def _item(items: Items | None, key: str) -> ast.expr | None:
    if items is None:
        return None
    found = [value for name, value in items[0] if name == key]
    return found[-1] if found else None


def _debug_test(test: ast.expr) -> bool | None:
    """``True``: the ``if`` body runs only in debug/test runs; ``False``: the ``else`` does."""
    negated = False
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        negated = not negated
        test = test.operand
    if isinstance(test, ast.BoolOp):
        result = True if any(_debug_atom(v) is True for v in test.values) else None
    else:
        result = _debug_atom(test)
    return None if result is None else result != negated


def _debug_atom(test: ast.expr) -> bool | None:
    if isinstance(test, ast.Name):
        return True if test.id.lower() in _DEBUG_NAMES else None
    if isinstance(test, ast.Attribute):
        return True if test.attr.lower() in _DEBUG_NAMES else None
    if isinstance(test, ast.Subscript):  # app.config["DEBUG"]
        return True if _constant_str(test.slice) in _DEBUG_KEYS else None
    if isinstance(test, ast.Call):  # env.bool("DJANGO_DEBUG"), os.getenv("DEBUG")
        first = _constant_str(test.args[0]) if test.args else None
        words = set(re.split(r"[^A-Z0-9]+", first.upper())) if first else set()
        return True if words & _DEBUG_KEYS else None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:  # ENV == "production"
        right = test.comparators[0]
        values = list(right.elts) if isinstance(right, (ast.Tuple, ast.List, ast.Set)) else [right]
        strings = {s.lower() for s in map(_constant_str, [*values, test.left]) if s is not None}
        op = test.ops[0]
        positive = isinstance(op, (ast.Eq, ast.In))
        if not strings or not (positive or isinstance(op, (ast.NotEq, ast.NotIn))):
            return None
        if strings <= _DEV_VALUES:
            return positive
        if strings <= _PROD_VALUES:
            return not positive
    return None


def _debug_spans(scope: Scope) -> list[tuple[int, int]]:
    """Line ranges of the branches in ``scope`` that run only in debug or test runs."""
    spans: list[tuple[int, int]] = []
    for branch in scope.of(ast.If):
        verdict = _debug_test(branch.test)
        if verdict is None:
            continue
        body = branch.body if verdict else branch.orelse
        if body:
            spans.append((body[0].lineno, body[-1].end_lineno or body[-1].lineno))
    return spans


def _words(name: str) -> set[str]:
    return {w for w in re.split(r"[^a-z0-9]+", name.lower()) if w}


def _exempt_path(filename: str) -> bool:
    """Test modules and settings, development settings, files under a tests folder."""
    directory, base = os.path.split(os.path.abspath(filename))
    stem = _words(os.path.splitext(base)[0])
    if stem & _TEST_WORDS:
        return True
    parent = os.path.basename(directory).lower()
    if stem & _DEV_WORDS and (stem & _SETTINGS_WORDS or parent in _SETTINGS_DIRS):
        return True
    return any(name.lower() in _TEST_DIRS for name in _folders(directory))


@lru_cache(maxsize=1024)
def _folders(directory: str) -> tuple[str, ...]:
    """The file's folder, the one above it, and every package folder that encloses it."""
    names = [os.path.basename(directory), os.path.basename(os.path.dirname(directory))]
    current = directory
    while os.path.isfile(os.path.join(current, "__init__.py")):
        parent = os.path.dirname(current)
        if parent == current:
            break
        names.append(os.path.basename(parent))
        current = parent
    return tuple(names)


def _dev_overlay(index: ModuleIndex) -> bool:
    """``from .base import *`` and then ``DEBUG = True``: development settings."""
    module = index.module
    if not any(a.name == "*" for node in module.of(ast.ImportFrom) for a in node.names):
        return False
    return any(_sets_debug(node) for node in module.of(ast.Assign))


def _assigned_settings(index: ModuleIndex) -> frozenset[str]:
    """The settings a module writes at module level (assigned, or items assigned)."""
    names = set(index.module.local_names) & _WATCHED_KEYS
    for node in index.module.of(ast.Assign):
        for target in node.targets:
            while isinstance(target, ast.Subscript):
                target = target.value
            if isinstance(target, ast.Name) and target.id in _WATCHED_KEYS:
                names.add(target.id)
    return frozenset(names)


def _star_chain(filename: str, qualified: str) -> tuple[frozenset[str], bool]:
    """What ``from <qualified> import *`` in ``filename`` brings: the settings that module
    (and what it star-imports in turn) writes, and whether every module of the chain is a
    file of the project (read from disk, never imported)."""
    names: set[str] = set()
    todo = [(filename, qualified, 0)]
    seen: set[str] = set()
    resolved = True
    while todo:
        origin, name, depth = todo.pop()
        path = find_module(origin, name)
        index = module_index(path) if path is not None and depth <= _MAX_STAR_DEPTH else None
        if path is None or index is None:
            resolved = False
            continue
        if path in seen:
            continue
        seen.add(path)
        names |= _assigned_settings(index)
        for node in index.module.of(ast.ImportFrom):
            if any(alias.name == "*" for alias in node.names):
                todo.append((path, "." * node.level + (node.module or ""), depth + 1))
    return frozenset(names), resolved


@lru_cache(maxsize=256)
def _split_settings_component(directory: str) -> bool:
    """Whether a package above the module puts settings together with django-split-settings
    (``include("components/*.py")``): what the module lacks may come from a sibling."""
    current = directory
    for _ in range(3):
        init = os.path.join(current, "__init__.py")
        try:
            with open(init, "rb") as source:
                if b"split_settings" in source.read():
                    return True
        except OSError:
            pass
        current = os.path.dirname(current)
    return False


def _every_importer_overrides(filename: str, keys: Iterable[str]) -> bool:
    """Whether ``filename`` is a base settings module that sibling modules star-import,
    and every sibling that is not test or development settings sets ``keys`` itself
    (``settings/base.py`` with LocMemCache, replaced in ``settings/production.py``)."""
    path = os.path.abspath(filename)
    directory = os.path.dirname(path)
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return False
    wanted = set(keys)
    deployed = 0
    for name in names:
        sibling = os.path.join(directory, name)
        if not name.endswith(".py") or sibling == path:
            continue
        summary = _star_importer(sibling, path)
        if summary is None or summary[1]:
            continue  # not an importer, or test/development settings
        if not summary[0] & wanted:
            return False
        deployed += 1
    return deployed > 0


def _star_importer(sibling: str, target: str) -> tuple[frozenset[str], bool] | None:
    """(settings it writes, whether it is test/development settings) if ``sibling``
    star-imports ``target``."""
    try:
        with open(sibling, "rb") as source:
            if b"import *" not in source.read():
                return None
    except OSError:
        return None
    index = module_index(sibling)
    if index is None:
        return None
    for node in index.module.of(ast.ImportFrom):
        if any(alias.name == "*" for alias in node.names):
            found = find_module(sibling, "." * node.level + (node.module or ""))
            if found is not None and os.path.abspath(found) == target:
                exempt = _exempt_path(sibling) or _dev_overlay(index)
                return _assigned_settings(index), exempt
    return None


__all__ = ["check", "looks_like_settings"]
