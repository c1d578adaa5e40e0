"""What SLS109 knows of a module's settings writes, and whether a write stands.

A write stands where no later write, debug-only branch, configuration loaded from
elsewhere, star import, overriding sibling settings module or exempt config class
replaces it in the deployed configuration. :mod:`.collect` fills the checker.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Final, NamedTuple

from ...context import Context
from ...frameworks import GlobSet
from ...model import ModuleIndex, Scope
from ...semantic.classes import class_chain
from ...syntax import constant_str
from .detection import (
    DEV_WORDS,
    TEST_WORDS,
    debug_spans,
    every_importer_overrides,
    sets_debug,
    star_chain,
)

#: Settings classes whose values are defaults that the environment overrides.
ENV_SETTINGS_BASES: Final = GlobSet(
    ("pydantic_settings.*", "pydantic.BaseSettings", "pydantic.v1.BaseSettings")
)
_CAMEL: Final = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")


class Candidate(NamedTuple):
    node: ast.AST
    name: str  # the setting, or the name the object is bound to (--stateless-allowed-names)
    what: str
    kind: str
    scope: Scope


class Write:
    """One write of a setting; ``value`` is ``None`` where it cannot be known statically."""

    def __init__(
        self, key: str, value: ast.expr | None, scope: Scope, line: int, alias: str | None = None
    ) -> None:
        self.key = key
        self.value = value
        self.scope = scope
        self.line = line
        self.alias = alias  # CACHES: the cache alias (None: the whole setting)


class Group:
    """Settings written together: the module, a config class, ``app.config``, one call."""

    def __init__(self, owner: str | ast.AST) -> None:
        #: "module", "app", a ClassDef, or the Call that holds the config
        self.owner = owner
        self.writes: dict[str, list[Write]] = defaultdict(list)
        #: every write to this group is seen (no ``**extra``)
        self.complete = True


class Checker:
    """One module's settings writes and the constructors SLS109 judges, and what replaces them."""

    def __init__(self, ctx: Context) -> None:
        self.index: ModuleIndex = ctx.index
        self.module: Scope = ctx.index.module
        self.allowed = ctx.config.allowed
        self.groups: dict[object, Group] = {}
        #: calls that load ``app.config`` from elsewhere (or update it from a variable)
        self.loaders: list[tuple[Scope, int]] = []
        self.limiters: list[tuple[ast.Call, Scope, bool]] = []
        self.init_app_receivers: set[str] = set()
        self.litestar_calls: list[tuple[ast.Call, Scope, str]] = []
        self.store_registrations: list[tuple[ast.Call, Scope]] = []
        #: calls that make a process-local backend or may fall back to one, and their callee
        self.backend_calls: list[tuple[ast.Call, Scope, str]] = []
        self._spans: dict[Scope, list[tuple[int, int]]] = {}

    def group(self, owner: str | ast.AST) -> Group:
        key: object = owner if isinstance(owner, str) else id(owner)
        found = self.groups.get(key)
        if found is None:
            found = self.groups[key] = Group(owner)
        return found

    @property
    def found_anything(self) -> bool:
        return bool(
            self.limiters
            or self.litestar_calls
            or self.backend_calls
            or any(g.writes for g in self.groups.values())
        )

    # -- values and writes ----------------------------------------------------------------

    def follow(self, expr: ast.expr, scope: Scope) -> tuple[ast.expr, Scope]:
        """A name bound once: its value and the scope that binds it (one step)."""
        if isinstance(expr, ast.Name):
            owner = self.index.lookup(scope, expr.id)
            if owner is not None:
                values = owner.values.get(expr.id, [])
                if len(values) == 1 and values[0] is not None:
                    return values[0], owner
        return expr, scope

    def made_by(self, expr: ast.expr | None, scope: Scope) -> tuple[ast.Call, str] | None:
        """The call that makes ``expr`` (directly or through a name) and its callee."""
        if expr is None:
            return None
        value, _owner = self.follow(expr, scope)
        if not isinstance(value, ast.Call):
            return None
        qualified = self.index.imports.resolve(value.func)
        return None if qualified is None else (value, qualified)

    def bound_name(self, node: ast.AST) -> str | None:
        for name, values in self.module.values.items():
            if any(value is node for value in values):
                return name
        return None

    def debug(self, scope: Scope, line: int) -> bool:
        """Whether ``line`` is in a branch that runs only in debug or test runs."""
        current: Scope | None = scope
        while current is not None:
            spans = self._spans.get(current)
            if spans is None:
                spans = self._spans[current] = debug_spans(current)
            if any(start <= line <= end for start, end in spans):
                return True
            current = current.parent
        return False

    def effective(self, group: Group, key: str) -> list[Write]:
        """The writes of ``key`` in ``group`` itself outside debug branches, that no later
        write (outside debug branches) replaces."""
        writes = [w for w in group.writes.get(key, ()) if not self.debug(w.scope, w.line)]
        return [
            write
            for write in writes
            if not any(w.line > write.line and w.alias in (write.alias, None) for w in writes)
        ]

    def constant_writes(self, group: Group, key: str) -> Iterator[tuple[Write, ast.expr, str]]:
        """The :meth:`effective` writes of ``key`` whose value is a string constant: each
        write, its value and the string."""
        for write in self.effective(group, key):
            text = constant_str(write.value)
            if write.value is not None and text is not None:
                yield write, write.value, text

    def _sees(self, group: Group, key: str) -> tuple[list[Write], bool]:
        """The writes of ``key`` that apply to ``group`` (its own, else its base classes'),
        and whether no write of it can come from where this file does not show."""
        owner = group.owner
        if isinstance(owner, ast.ClassDef):
            chain = self._class_chain(owner)
            for cls in chain if chain is not None else class_chain(self.index, owner):
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

    def constant(self, group: Group, key: str) -> str | None:
        live = [w for w in self._sees(group, key)[0] if not self.debug(w.scope, w.line)]
        return constant_str(live[-1].value) if live else None

    def absent(self, group: Group, key: str) -> bool:
        writes, complete = self._sees(group, key)
        return complete and all(self.debug(w.scope, w.line) for w in writes)

    def kept(self, group: Group, write: Write, keys: tuple[str, ...]) -> bool:
        """Whether nothing this file shows replaces ``write`` in the deployed configuration."""
        owner = group.owner
        if owner == "app":
            return not any(
                line > write.line and _encloses(scope, write.scope) for scope, line in self.loaders
            )
        if owner == "module":
            if self._module_may_inherit(keys, after=write.line):
                return False  # a star import below it may replace it
            return not every_importer_overrides(self.index.filename, keys)
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
                names, resolved = star_chain(self.index.filename, qualified)
                if not resolved or names & set(keys):
                    return True
        return after is None and self._includes_settings()

    def _includes_settings(self) -> bool:
        """django-split-settings ``include(...)``, ``exec(...)``, ``globals().update(...)``."""
        for call in self.module.of(ast.Call):
            func = call.func
            if (self.index.imports.resolve(func) or "").startswith("split_settings."):
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

    def _class_chain(self, cls: ast.ClassDef) -> list[ast.ClassDef] | None:
        """``cls`` and its bases, nearest first; ``None`` if a base is not of this module."""
        chain = list(class_chain(self.index, cls))
        for current in chain:
            for base in current.bases:
                if not isinstance(base, ast.Name):
                    return None
                if base.id != "object" and self.index.class_named(self.module, base.id) is None:
                    return None
        return chain

    def exempt_class(self, cls: ast.ClassDef) -> bool:
        """Test and development config classes (by name or ``DEBUG``/``TESTING = True``),
        and settings classes whose values are defaults the environment overrides."""
        for current in class_chain(self.index, cls):
            if {w.lower() for w in _CAMEL.findall(current.name)} & (TEST_WORDS | DEV_WORDS):
                return True
            for statement in current.body:
                if isinstance(statement, ast.Assign) and sets_debug(statement):
                    return True
            if any(
                self.index.imports.resolve(base) in ENV_SETTINGS_BASES for base in current.bases
            ):
                return True
        return False

    def _used_by_a_leaf(self, cls: ast.ClassDef, key: str) -> bool:
        """A value in a base class matters if a class that is not exempt inherits it: the
        base ``Config`` that only ``DevelopmentConfig`` does not override is not reported."""
        descendants: dict[ast.ClassDef, list[ast.ClassDef]] = defaultdict(list)
        for other in self._top_classes():
            for base in list(class_chain(self.index, other))[1:]:
                descendants[base].append(other)
        for leaf in (c for c in (cls, *descendants[cls]) if not descendants[c]):
            if self.exempt_class(leaf):
                continue
            for current in class_chain(self.index, leaf):
                written = self.groups.get(id(current))
                if written is not None and written.writes.get(key):
                    if current is cls:
                        return True
                    break
        return False


def _encloses(outer: Scope, inner: Scope) -> bool:
    current: Scope | None = inner
    while current is not None:
        if current is outer:
            return True
        current = current.parent
    return False
