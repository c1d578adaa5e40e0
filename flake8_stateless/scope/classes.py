"""The module's classes as request scope sees them: their methods and imported bases through
same-module subclassing, and the class a module-level instance was made from."""

from __future__ import annotations

import ast
from collections.abc import Iterator

from ..model import FunctionNode, ModuleIndex, Scope
from ..semantic.classes import class_chain, methods


class ModuleClasses:
    def __init__(self, index: ModuleIndex) -> None:
        self.index = index

    def methods(self, cls: ast.ClassDef) -> Iterator[FunctionNode]:
        """Methods of ``cls`` and of its same-module bases (subclass first, overrides win)."""
        return iter(methods(self.index, cls).values())

    def methods_named(self, cls: ast.ClassDef, name: str) -> Iterator[FunctionNode]:
        return (method for method in self.methods(cls) if method.name == name)

    def chain(self, cls: ast.ClassDef) -> Iterator[ast.ClassDef]:
        """``cls`` and its same-module bases, subclass first."""
        return class_chain(self.index, cls)

    def base_names(self, cls: ast.ClassDef) -> set[str]:
        """Qualified names of every imported base, through same-module subclassing."""
        names: set[str] = set()
        project_bases = self.index.imports.project_bases
        for klass in self.chain(cls):
            for base in klass.bases:
                if isinstance(base, ast.Name) and base.id in project_bases:
                    names.update(project_bases[base.id])  # ``from config import Resource``
                qualified = self.index.imports.resolve(base)
                if qualified is None and isinstance(base, ast.Name):
                    qualified = self._aliased_base(self.index.defined_in[klass], base.id)
                if qualified is not None:
                    names.add(qualified)
        return names

    def _aliased_base(self, scope: Scope, name: str) -> str | None:
        """``Base = BaseHTTPMiddleware`` then ``class M(Base)``: the imported class aliased."""
        owner = self.index.lookup(scope, name)
        values = owner.values.get(name, ()) if owner is not None else ()
        if len(values) != 1 or not isinstance(values[0], (ast.Name, ast.Attribute)):
            return None
        return self.index.imports.resolve(values[0])

    def instance_class(self, scope: Scope, name: str) -> ast.ClassDef | None:
        """The same-module class whose one instance ``name`` is bound to (``h = Handler()``)."""
        owner = self.index.lookup(scope, name)
        if owner is None:
            return None
        values = owner.values.get(name, ())
        if len(values) != 1 or not isinstance(values[0], ast.Call):
            return None
        func = values[0].func
        return self.index.class_named(owner, func.id) if isinstance(func, ast.Name) else None

    def of_instance(self, expr: ast.expr, scope: Scope) -> ast.ClassDef | None:
        """The same-module class ``expr`` makes (``Greeter()``) or names an instance of."""
        if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name):
            return self.index.class_named(scope, expr.func.id)
        if isinstance(expr, ast.Name):
            return self.instance_class(scope, expr.id)
        return None
