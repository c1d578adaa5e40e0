"""The framework tables that apply to one file, flattened for the lookups of request scope."""

from __future__ import annotations

import ast
from collections.abc import Sequence
from functools import cached_property, lru_cache
from typing import Final

from ..frameworks import (
    FRAMEWORKS,
    AppObject,
    Framework,
    GlobSet,
    HandlerCall,
    HandlerClass,
    shaped_frameworks,
)

PACKAGES: Final = frozenset(p for fw in FRAMEWORKS for p in fw.packages)


def imports_framework(packages: set[str] | frozenset[str]) -> bool:
    return not PACKAGES.isdisjoint(packages)


def with_shaped(
    imported: tuple[Framework, ...], statements: Sequence[ast.stmt]
) -> tuple[Framework, ...]:
    """The frameworks a module imports, and those its ``statements`` use by shape alone (a
    Django middleware in a module that imports no django)."""
    shaped = shaped_frameworks(statements)
    return imported + tuple(fw for fw in shaped if fw not in imported)


def from_framework(qualified: str) -> bool:
    """Whether an import names something of a framework's own package (``from django.db
    import router``): the tables know those, so the name fallback is not for them."""
    return qualified.partition(".")[0] in PACKAGES


class Tables:
    """The tables of one combination of frameworks (and the user's decorators)."""

    def __init__(self, frameworks: tuple[Framework, ...]) -> None:
        self.frameworks = frameworks
        self.constructors: dict[str, AppObject] = {}
        self.decorators = GlobSet(())
        #: decorators that make handler decorators (Powertools' ``lambda_handler_decorator``)
        self.decorator_factories = GlobSet(())
        self.calls: list[tuple[GlobSet, HandlerCall]] = []
        self._registering: dict[str, tuple[HandlerCall, ...]] = {}

    @classmethod
    @lru_cache(maxsize=64)
    def build(cls, frameworks: tuple[Framework, ...], user_decorators: tuple[str, ...]) -> Tables:
        """The tables for one combination of frameworks (cached: files share combinations)."""
        tables = cls(frameworks)
        for fw in frameworks:
            for obj in fw.objects:
                for constructor in obj.constructors:
                    tables.constructors[constructor] = obj
            tables.calls.extend((GlobSet(call.callees), call) for call in fw.calls)
        patterns = [p for fw in frameworks for p in fw.decorators]
        tables.decorators = GlobSet([*patterns, *user_decorators])
        tables.decorator_factories = GlobSet(p for fw in frameworks for p in fw.decorator_factories)
        return tables

    def registering_calls(self, qualified: str) -> tuple[HandlerCall, ...]:
        """The rows that make a call of ``qualified`` register handlers (``Depends(fn)``,
        ``path("", view)``)."""
        found = self._registering.get(qualified)
        if found is None:
            found = tuple(call for callees, call in self.calls if qualified in callees)
            self._registering[qualified] = found  # the tables live per run: few names recur
        return found

    @cached_property
    def fallback_objects(self) -> tuple[AppObject, ...]:
        return tuple(obj for fw in self.frameworks for obj in fw.objects)

    @cached_property
    def object_decorators(self) -> frozenset[str]:
        """Every ``@obj.<name>`` that marks a handler on some object of these frameworks."""
        return frozenset(d for obj in self.fallback_objects for d in obj.decorators)

    @cached_property
    def registrar_names(self) -> frozenset[str]:
        """Every method that registers a handler on some object (``add_url_rule``), through
        the objects' attributes (aiohttp ``app.router``) too."""
        names: set[str] = set()
        todo = list(self.fallback_objects)
        seen: set[int] = set()
        while todo:
            obj = todo.pop()
            if id(obj) in seen:
                continue
            seen.add(id(obj))
            names.update(obj.registrars)
            todo.extend(obj.attributes.values())
        return frozenset(names)

    @cached_property
    def _callee_names(self) -> tuple[frozenset[str], bool]:
        """The last names of the registering callees (``Depends``, ``path``), and whether a
        pattern leaves the last name open (``litestar.handlers.*``)."""
        callees = [q for fw in self.frameworks for call in fw.calls for q in call.callees]
        last = [q.rpartition(".")[2] for q in callees]
        return frozenset(last), any(c in name for name in last for c in "*?[")

    def callee_may_be(self, name: str) -> bool:
        """Whether a call whose last name is ``name`` may be a registering callee."""
        names, open_ended = self._callee_names
        return open_ended or name in names

    @cached_property
    def registering_imports(self) -> GlobSet:
        """Imports that make registering calls possible: an object's constructor, a
        registering callee (``Route``, ``Depends``, ``path``), or the module holding one."""
        names: set[str] = set(self.constructors)
        for fw in self.frameworks:
            for call in fw.calls:
                names.update(call.callees)
        prefixes = {name.rpartition(".")[0] for name in names if "." in name}
        return GlobSet([*names, *prefixes])

    @cached_property
    def class_rows(self) -> tuple[HandlerClass, ...]:
        return tuple(row for fw in self.frameworks for row in fw.classes)

    @cached_property
    def factory_params(self) -> frozenset[str]:
        """First parameters of middleware factories: ``def mw(get_response)`` (Django)."""
        return frozenset(
            fw.middleware_factory_param for fw in self.frameworks if fw.middleware_factory_param
        )
