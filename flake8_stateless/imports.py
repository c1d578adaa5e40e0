"""Import-alias resolution on the stdlib ``ast``: local names to qualified names.

``import fastapi as f`` makes ``f.FastAPI`` resolve to ``fastapi.FastAPI``;
``from fastapi import APIRouter as R`` makes ``R`` resolve to ``fastapi.APIRouter``.
Relative imports keep their dots (``from .store import x`` gives ``.store.x``).
"""

from __future__ import annotations

import ast
from functools import cached_property

from .frameworks import FRAMEWORKS, Framework, generated_packages
from .syntax import name_chain


class ImportMap:
    """A module's imports, read once (by :func:`.prescan.prescan`) and shared by the gate,
    the index and request scope."""

    def __init__(self) -> None:
        #: local name -> qualified name
        self.names: dict[str, str] = {}
        #: top-level packages imported anywhere in the file, and the framework packages that
        #: generated modules stand for (``greeter_pb2_grpc``: ``grpc``)
        self.packages: set[str] = set()
        #: the same, of the imports that run when the module is imported: at its top level,
        #: under ``if`` and ``try`` (the first, cheapest gate)
        self.top_level_packages: set[str] = set()
        #: names imported from another module of the project that are framework objects
        #: there: local name -> constructor (see :func:`.scope.objects.import_project_objects`)
        self.project_objects: dict[str, str] = {}
        #: names imported from another module of the project that are framework classes
        #: there, re-exported or subclassed: local name -> the framework's qualified bases
        self.project_bases: dict[str, tuple[str, ...]] = {}

    @cached_property
    def frameworks(self) -> tuple[Framework, ...]:
        """The frameworks the module imports (asked by the gate, then by request scope)."""
        packages = self.packages
        return tuple(fw for fw in FRAMEWORKS if fw.packages & packages)

    def add(self, node: ast.Import | ast.ImportFrom, top_level: bool = False) -> None:
        packages = generated_packages(imported_modules(node))
        if isinstance(node, ast.Import):
            packages.update(alias.name.partition(".")[0] for alias in node.names)
        elif node.level == 0 and node.module:
            packages.add(node.module.partition(".")[0])
        self.packages |= packages
        if top_level:
            self.top_level_packages |= packages
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    self.names[alias.asname] = alias.name
                else:
                    top = alias.name.partition(".")[0]
                    self.names[top] = top
            return
        module = "." * node.level + (node.module or "")
        for alias in node.names:
            if alias.name == "*":
                continue
            sep = "" if module.endswith(".") else "."
            self.names[alias.asname or alias.name] = f"{module}{sep}{alias.name}"

    def resolve(self, node: ast.expr) -> str | None:
        """The qualified name of a Name/Attribute chain rooted at an import, else None."""
        if type(node) is ast.Name:  # the most frequent question, answered first
            return self.names.get(node.id)
        chain = name_chain(node)
        if chain is None:
            return None
        head, attributes = chain
        root = self.names.get(head)
        if root is None:
            return None  # not rooted at an import: no string built
        return ".".join([root, *attributes])


def imported_modules(node: ast.Import | ast.ImportFrom) -> list[str]:
    """The names an import may name a module by: ``import a.b``, ``from a.b import c`` (``a.b``,
    and ``c``, which may be a module too)."""
    names = [alias.name for alias in node.names if alias.name != "*"]
    if isinstance(node, ast.ImportFrom) and node.module:
        names.append(node.module)
    return names
