"""What a module writes: settings assignments, ``app.config`` writes and loaders, config
classes, and the extension and app constructors SLS109 judges, recorded in a
:class:`.checker.Checker`."""

from __future__ import annotations

import ast
from typing import Final

from ...frameworks import GlobSet
from ...model import Scope
from ...syntax import constant_str, keyword_value
from .checker import Checker, Group, Write
from .constructors import BACKEND_DEFAULTS, LOCAL_BACKENDS
from .detection import ALIASED_SETTINGS, SETTINGS_KEYS
from .django import DJANGO_CONFIGURE
from .flask import CONFIG_LOADERS, CONFIG_WRITERS, FLASK_CACHING
from .limiter import LIMITERS
from .litestar import LITESTAR_APPS, LITESTAR_REGISTRY, LITESTAR_SESSION_CONFIGS
from .values import literal_mapping, mapping_item

#: The callees the rule resolves, and the last part of their names (a cheap filter).
_CALLEES: Final = frozenset(
    {
        *FLASK_CACHING,
        *DJANGO_CONFIGURE,
        *LIMITERS,
        *LITESTAR_APPS,
        *LITESTAR_REGISTRY,
        *LITESTAR_SESSION_CONFIGS,
        *LOCAL_BACKENDS,
        *BACKEND_DEFAULTS,
    }
)
_CALL_NAMES: Final = frozenset(q.rpartition(".")[2] for q in _CALLEES)
_CALL_PACKAGES: Final = frozenset(q.partition(".")[0] for q in _CALLEES)
#: Imports through which a module can build one of the objects (the callee or its module).
#: Django's ``settings.configure(...)`` is looked for as a statement instead
#: (``settings.relevant``): nearly every Django module imports ``settings``.
_BUILT: Final = _CALLEES - DJANGO_CONFIGURE
CALLEE_IMPORTS: Final = GlobSet([*_BUILT, *(q.rpartition(".")[0] for q in _BUILT)])


def collect(checker: Checker) -> None:
    """Record every write of a setting and every constructor the rule judges."""
    index = checker.index
    #: local names of the callees (``from slowapi import Limiter as RateLimiter``); none
    #: where the file imports none of their packages
    call_names: frozenset[str] = frozenset()
    if not index.imports.packages.isdisjoint(_CALL_PACKAGES):
        call_names = _CALL_NAMES | {
            local for local, qualified in index.imports.names.items() if qualified in _CALLEES
        }
    for scope in (checker.module, *index.scopes.values()):
        top_class = scope.is_class and index.defined_in.get(scope.node) is checker.module
        for node in scope.of(ast.Assign):
            for target in node.targets:
                _assignment(checker, target, node.value, scope, top_class)
        for ann in scope.of(ast.AnnAssign):
            if ann.value is not None:
                _assignment(checker, ann.target, ann.value, scope, top_class)
        for call in scope.of(ast.Call):
            _call(checker, call, scope, call_names)


def _assignment(
    checker: Checker, target: ast.expr, value: ast.expr, scope: Scope, top: bool
) -> None:
    if isinstance(target, ast.Name):
        if target.id not in SETTINGS_KEYS:
            return
        if scope is checker.module:
            _write(checker, checker.group("module"), target.id, value, scope)
        elif top:  # a config class: class ProductionConfig(Config): CACHE_TYPE = ...
            _write(checker, checker.group(scope.node), target.id, value, scope)
        return
    if not isinstance(target, ast.Subscript):
        return
    key = constant_str(target.slice)
    base = target.value
    if isinstance(base, ast.Attribute) and base.attr == "config":
        if key in SETTINGS_KEYS:  # app.config["CACHE_TYPE"] = ...
            _write(checker, checker.group("app"), key, value, scope)
        return
    if scope is not checker.module or key is None:
        return
    if isinstance(base, ast.Name) and base.id in ALIASED_SETTINGS:  # CACHES["default"] = {...}
        backend = mapping_item(literal_mapping(value, scope, checker.index), "BACKEND")
        checker.group("module").writes[base.id].append(
            Write(base.id, backend, scope, value.lineno, key)
        )
    elif (  # CACHES["default"]["BACKEND"] = "..."
        key == "BACKEND"
        and isinstance(base, ast.Subscript)
        and isinstance(base.value, ast.Name)
        and base.value.id in ALIASED_SETTINGS
    ):
        alias = constant_str(base.slice)
        setting = base.value.id
        checker.group("module").writes[setting].append(
            Write(setting, value, scope, value.lineno, alias)
        )


def _write(checker: Checker, group: Group, key: str, value: ast.expr, scope: Scope) -> None:
    line = value.lineno
    if key not in ALIASED_SETTINGS:
        group.writes[key].append(Write(key, value, scope, line))
        return
    caches = literal_mapping(value, scope, checker.index)
    if caches is None:  # env.cache(), a variable: not knowable, but the setting is set
        group.writes[key].append(Write(key, None, scope, line))
        return
    pairs, complete = caches
    for alias, spec in pairs:
        backend = mapping_item(literal_mapping(spec, scope, checker.index), "BACKEND")
        group.writes[key].append(Write(key, backend, scope, line, alias))
    if not complete or not pairs:
        group.writes[key].append(Write(key, None, scope, line))


def _mapping_writes(
    checker: Checker,
    group: Group,
    call: ast.Call,
    scope: Scope,
    mapping: ast.expr | None,
    skip: str,
) -> bool:
    """Record the settings of ``f({...})``/``f(dict(...))``/``f(KEY=...)``; whether
    every key is known."""
    pairs: list[tuple[str, ast.expr]] = []
    complete = True
    if mapping is not None:
        found = literal_mapping(mapping, scope, checker.index)
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
            _write(checker, group, key, value, scope)
    return complete


def _call(checker: Checker, call: ast.Call, scope: Scope, call_names: frozenset[str]) -> None:
    func = call.func
    if isinstance(func, ast.Attribute):
        receiver = func.value
        if isinstance(receiver, ast.Attribute) and receiver.attr == "config":
            _config_call(checker, call, func.attr, scope)
            return
        if func.attr == "init_app":  # cache.init_app(app, config={...})
            if isinstance(receiver, ast.Name):
                checker.init_app_receivers.add(receiver.id)
            _config_argument(checker, call, scope)
            return
        if (
            func.attr == "register"
            and len(call.args) >= 2
            and isinstance(receiver, ast.Attribute)
            and receiver.attr == "stores"
        ):
            checker.store_registrations.append((call, scope))
            return
        name = func.attr
    elif isinstance(func, ast.Name):
        name = func.id
    else:
        return
    if name not in call_names:
        return
    qualified = checker.index.imports.resolve(func)
    if qualified is None:
        return
    if qualified in FLASK_CACHING:
        _config_argument(checker, call, scope)
    elif qualified in DJANGO_CONFIGURE:
        group = checker.group(call)
        group.complete = _mapping_writes(checker, group, call, scope, None, "")
    elif qualified in LIMITERS:
        checker.limiters.append((call, scope, LIMITERS[qualified]))
    elif qualified in LITESTAR_APPS:
        checker.litestar_calls.append((call, scope, "app"))
    elif qualified in LITESTAR_REGISTRY:
        checker.litestar_calls.append((call, scope, "registry"))
    elif qualified in LITESTAR_SESSION_CONFIGS:
        checker.litestar_calls.append((call, scope, LITESTAR_SESSION_CONFIGS[qualified]))
    elif qualified in LOCAL_BACKENDS or qualified in BACKEND_DEFAULTS:
        checker.backend_calls.append((call, scope, qualified))


def _config_argument(checker: Checker, call: ast.Call, scope: Scope) -> None:
    """``Cache(app, config={...})``, ``cache.init_app(app, config={...})``."""
    config = keyword_value(call, "config")
    if config is not None:
        group = checker.group(call)
        group.complete = _mapping_writes(checker, group, call, scope, config, "config")


def _config_call(checker: Checker, call: ast.Call, method: str, scope: Scope) -> None:
    if method in CONFIG_WRITERS:  # app.config.update(...), .from_mapping(...)
        mapping = call.args[0] if call.args else None
        if not _mapping_writes(checker, checker.group("app"), call, scope, mapping, ""):
            checker.loaders.append((scope, call.lineno))  # update(other): may set anything
    elif method == "setdefault" and len(call.args) == 2:
        key = constant_str(call.args[0])
        if key in SETTINGS_KEYS:
            _write(checker, checker.group("app"), key, call.args[1], scope)
    elif method in CONFIG_LOADERS:
        checker.loaders.append((scope, call.lineno))
