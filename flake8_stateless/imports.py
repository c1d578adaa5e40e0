"""Import-alias resolution on the stdlib ``ast``: local names to qualified names.

``import fastapi as f`` makes ``f.FastAPI`` resolve to ``fastapi.FastAPI``;
``from fastapi import APIRouter as R`` makes ``R`` resolve to ``fastapi.APIRouter``.
Relative imports keep their dots (``from .store import x`` gives ``.store.x``).
"""

from __future__ import annotations

import ast

from .frameworks import generated_packages
from .syntax import name_chain


class ImportMap:
    def __init__(self) -> None:
        #: local name -> qualified name
        self.names: dict[str, str] = {}
        #: top-level packages imported anywhere in the file, and the framework packages that
        #: generated modules stand for (``greeter_pb2_grpc``: ``grpc``)
        self.packages: set[str] = set()

    def add(self, node: ast.Import | ast.ImportFrom) -> None:
        self.packages |= generated_packages(imported_modules(node))
        if isinstance(node, ast.Import):
            for alias in node.names:
                self.packages.add(alias.name.partition(".")[0])
                if alias.asname:
                    self.names[alias.asname] = alias.name
                else:
                    top = alias.name.partition(".")[0]
                    self.names[top] = top
            return
        module = "." * node.level + (node.module or "")
        if node.level == 0 and node.module:
            self.packages.add(node.module.partition(".")[0])
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
