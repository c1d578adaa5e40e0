"""What a name imported from another module of the linted project is, through astroid.

``from .repository import repository`` may be an instance made from a class of a
third module, a re-export, or the result of a factory function: astroid infers it
from the modules' sources on disk. It never imports or runs them. astroid is
imported lazily, on the first question only, and each answer is cached per process.

Only definitions inside the linted project count: classes and functions of installed
packages (httpx, redis, SQLAlchemy, ...) are never reported, and a name astroid cannot
infer (a package that is not installed) gives no answer, so findings do not depend on
what is installed where flake8 runs.
"""

from __future__ import annotations

import ast
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import lru_cache
from typing import Any, Final, Literal, NamedTuple

from .model import FunctionNode, ModuleIndex
from .project import (
    absolute,
    find_module,
    in_project,
    modification_time,
    module_name,
    module_summary,
)
from .semantic.functions import parameter_names


class Definition(NamedTuple):
    """A class, function or module of the project: where it is defined."""

    kind: Literal["class", "instance", "function", "module"]
    path: str
    name: str
    lineno: int


def project_key(filename: str) -> str:
    """The folder that holds the file's top-level package (the project's import root)."""
    directory = os.path.dirname(os.path.abspath(filename))
    while os.path.isfile(os.path.join(directory, "__init__.py")):
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    return directory


#: Re-exports followed before giving up (``__init__`` importing from a submodule, ...).
_MAX_HOPS = 8


def resolve(filename: str, qualified: str) -> Definition | None:
    """What the import ``qualified`` (``.repository.repository``, ``app.services.cart``) of
    ``filename`` is, where it is defined in the linted project; else None."""
    filename = absolute(filename)
    if not qualified.startswith(".") and _own_name(filename) in qualified.split("."):
        # It may name the linted module itself, which an import looks past (find_module).
        return _resolve_cached(filename, qualified)
    # Otherwise the answer depends on the file's folder only: every file of a package
    # shares it (handlers import the same names: HTTPException, jsonify, the services).
    return _resolve_in_folder(os.path.dirname(filename), qualified)


def _own_name(filename: str) -> str:
    """The last part of the module's dotted name (its package's, for ``__init__.py``)."""
    folder, base = os.path.split(filename)
    return os.path.basename(folder) if base == "__init__.py" else os.path.splitext(base)[0]


@lru_cache(maxsize=4096)
def _resolve_cached(filename: str, qualified: str) -> Definition | None:
    return _resolve(filename, filename, qualified, 0)


@lru_cache(maxsize=4096)
def _resolve_in_folder(folder: str, qualified: str) -> Definition | None:
    # A name no module file has: the import is never the linted module itself.
    anywhere = os.path.join(folder, "\0")
    return _resolve(anywhere, anywhere, qualified, 0)


def _resolve(project_file: str, importer: str, qualified: str, hops: int) -> Definition | None:
    """``qualified`` as imported by ``importer``; only definitions in ``project_file``'s
    project count."""
    path = find_module(importer, qualified)
    if path is not None:
        if not in_project(project_file, path):
            return None
        return Definition("module", path, qualified.rpartition(".")[2], 0)
    return _module_attribute(project_file, importer, qualified, hops, infer=True)


def project_definition(importer: str, qualified: str) -> Definition | None:
    """What the import ``qualified`` of ``importer`` names in the project, read from the
    modules' own indexes (re-exports followed, astroid never asked)."""
    return _module_attribute(importer, importer, qualified, 0, infer=False)


def _module_attribute(
    project_file: str, importer: str, qualified: str, hops: int, infer: bool
) -> Definition | None:
    """``package.module.name`` as ``importer`` imports it: the module's top-level ``name``."""
    module, _, attribute = qualified.rpartition(".")
    if not attribute or not module.strip("."):
        return None
    path = find_module(importer, module)
    if path is None or not in_project(project_file, path):
        return None
    return attribute_of(project_file, path, attribute, hops, infer)


def attribute_of(
    project_file: str, path: str, attribute: str, hops: int = 0, infer: bool = True
) -> Definition | None:
    """What module ``path``'s top-level name ``attribute`` is.

    Read from the module's own ``ast`` index where the name is defined there, imported by
    name or star-imported from another module of the project; astroid infers the rest
    (factory results, conditional bindings), unless ``infer`` is false.
    """
    mtime = modification_time(path)
    if mtime is None:
        return None
    folder = os.path.dirname(absolute(project_file))
    return _attribute_of(folder, project_file, path, mtime, attribute, hops, infer)


@lru_cache(maxsize=4096)
def _attribute_of(
    folder: str,
    project_file: str,
    path: str,
    mtime_ns: int,
    attribute: str,
    hops: int,
    infer: bool,
) -> Definition | None:
    """:func:`attribute_of`, cached per folder of the linted file (what counts as the
    project depends on the folder only)."""
    del folder  # the cache key: files of one folder share answers
    facts = module_summary(path, _module_facts)
    if facts is None:
        return None
    direct = _defined_in(project_file, path, facts, attribute, hops)
    if direct is not _INFER:
        return direct  # type: ignore[return-value]
    if not infer:
        return None
    found = _infer(project_key(project_file), path, mtime_ns, attribute)
    if found is None or not in_project(project_file, found.path):
        return None
    return found


_INFER = object()  # the module's own index cannot tell: ask astroid


class _Follow(NamedTuple):
    """A top-level name whose meaning lies elsewhere: ``import`` (bound by an import of
    ``target``), ``call`` (``target()`` with ``target`` imported) or ``factory`` (a call
    of the module's own function ``target``)."""

    how: Literal["import", "call", "factory"]
    target: str
    #: for ``call``: the name is also a function of the module (when hops run out)
    local_function: bool = False


#: A top-level name, from the module alone: where it is defined, where to look next,
#: None (not one instance of a class: a literal, bound several times). Absent: infer.
_Binding = Definition | _Follow | None
#: What a top-level function returns: instances of its module's classes, imports to resolve
#: (``return Repo()`` with ``Repo`` imported), :data:`_GIVEN`; None where astroid must infer.
_Returns = tuple[Definition | str, ...] | None
#: A return of what the function was given (``return func_string``): the callers' argument,
#: which neither the summary nor a bounded inference of the module tells.
_GIVEN: Final = "<argument>"


class _ModuleFacts(NamedTuple):
    bindings: dict[str, _Binding]
    returns: dict[str, _Returns]
    #: top-level names only astroid may tell (``built = Builder().build()``); a name neither
    #: here nor in ``bindings`` is not bound at the top level (``globals()[name] = ...`` in
    #: generated modules): astroid cannot tell either
    inferred: frozenset[str] = frozenset()
    #: modules star-imported at the top level (``from .models import *``), as written
    stars: tuple[str, ...] = ()


def _module_facts(index: ModuleIndex) -> _ModuleFacts:
    """What other modules may ask about this one's top-level names, read once."""
    module = index.module
    names = {*module.values, *module.functions, *module.classes, *index.imports.names}
    bindings: dict[str, _Binding] = {}
    inferred: set[str] = set()
    for name in names:
        binding = _binding(index, name)
        if binding is _INFER:
            inferred.add(name)
        else:
            bindings[name] = binding  # type: ignore[assignment]
    returns = {name: _returns(index, node) for name, node in module.functions.items()}
    for follow in bindings.values():
        if isinstance(follow, _Follow) and follow.how == "factory" and "." in follow.target:
            owner, _, method = follow.target.partition(".")  # a factory method: Cls.make
            node = index.scopes[module.classes[owner]].functions[method]
            returns[follow.target] = _returns(index, node)
    stars = tuple(
        "." * node.level + (node.module or "")
        for node in module.of(ast.ImportFrom)
        if any(alias.name == "*" for alias in node.names)
    )
    return _ModuleFacts(bindings, returns, frozenset(inferred), stars)


_FACTORY_METHOD_DECORATORS: Final = frozenset({"staticmethod", "classmethod"})


def _factory_method(index: ModuleIndex, func: ast.expr) -> str | None:
    """``Vector.get_vector``: a static or class method of a class of the module, called on
    the class at the top level (``VECTOR_DB_CLIENT = Vector.get_vector(VECTOR_DB)``)."""
    if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
        return None
    cls = index.module.classes.get(func.value.id)
    if cls is None or index.module.values.get(func.value.id, [None])[1:]:
        return None
    method = index.scopes[cls].functions.get(func.attr)
    if method is None or not any(
        isinstance(d, ast.Name) and d.id in _FACTORY_METHOD_DECORATORS
        for d in method.decorator_list
    ):
        return None
    return f"{cls.name}.{func.attr}"


def _binding(index: ModuleIndex, attribute: str) -> _Binding | object:
    module = index.module
    values = module.values.get(attribute, [])
    assigned = [v for v in values if v is not None]
    path = index.filename
    if not assigned:
        function = module.functions.get(attribute)
        if function is not None and len(values) == 0:
            return Definition("function", path, attribute, function.lineno)
        cls = module.classes.get(attribute)
        if cls is not None and len(values) == 1:
            return Definition("class", path, attribute, cls.lineno)
        imported = index.imports.names.get(attribute)
        if imported is not None and attribute not in module.functions:
            return _Follow("import", imported)
        return _INFER
    if len(values) != 1 or not isinstance(assigned[0], ast.Call):
        return None  # a literal, or bound several times: not one instance of a class
    func = assigned[0].func
    if isinstance(func, ast.Name):
        cls = module.classes.get(func.id)
        if cls is not None and not module.values.get(func.id, [None])[1:]:
            return Definition("instance", path, cls.name, cls.lineno)
    local_function = func.id if isinstance(func, ast.Name) and func.id in module.functions else ""
    qualified = index.imports.resolve(func) if isinstance(func, (ast.Name, ast.Attribute)) else None
    if qualified is not None:
        return _Follow("call", qualified, bool(local_function))
    if local_function:
        return _Follow("factory", local_function)
    factory_method = _factory_method(index, func)
    if factory_method is not None:
        return _Follow("factory", factory_method)
    if isinstance(func, ast.Name) and func.id not in module.local_names:
        return None  # a builtin (``set()``, ``dict()``): no class of the project
    return _INFER


def _returns(index: ModuleIndex, node: FunctionNode) -> _Returns:
    """Where a factory's ``return`` statements say it plainly (``return Repo()``,
    ``repo = Repo(); return repo``), what they make."""
    scope = index.scopes[node]
    given = parameter_names(node)
    made: list[Definition | str] = []
    for ret in scope.of(ast.Return):
        value = ret.value
        if value is None or (isinstance(value, ast.Constant) and value.value is None):
            continue  # nothing made: ``repo = get_repo()`` holds an instance when it holds one
        values: list[ast.expr | None] = [value]
        if isinstance(value, ast.Name):
            if value.id in scope.functions:
                continue  # a closure: not an instance of a class
            if value.id in given and len(scope.values.get(value.id, ())) <= 1:
                made.append(_GIVEN)
                continue
            # ``Storage = Local()`` / ``Storage = S3()`` in branches: each is made
            values = scope.values.get(value.id, [])
            if not values:
                return None  # a global or a closure's variable: astroid's question
        for value in values:
            if not isinstance(value, ast.Call) or not isinstance(
                value.func, (ast.Name, ast.Attribute)
            ):
                return None
            callee = value.func
            local = index.class_named(scope, callee.id) if isinstance(callee, ast.Name) else None
            if local is not None:
                made.append(Definition("instance", index.filename, local.name, local.lineno))
                continue
            qualified = index.imports.resolve(callee)
            if qualified is not None:
                made.append(qualified)
    return tuple(made)


def _defined_in(
    project_file: str, path: str, facts: _ModuleFacts, attribute: str, hops: int
) -> Definition | object | None:
    if attribute in facts.inferred:
        return _INFER
    if attribute not in facts.bindings:
        return _through_stars(project_file, path, facts.stars, attribute, hops)
    binding = facts.bindings[attribute]
    if not isinstance(binding, _Follow):
        return binding
    if binding.how == "factory":
        return _factory_result(project_file, Definition("function", path, binding.target, 0), hops)
    if hops >= _MAX_HOPS:
        if binding.how == "import":
            return None
        # as a call of the module's own function, or astroid's question
        return None if binding.local_function else _INFER
    made = _resolve(project_file, path, binding.target, hops + 1)
    if binding.how == "import" or made is None:
        return made
    if made.kind == "class":
        return made._replace(kind="instance")
    if made.kind == "function":
        return _factory_result(project_file, made, hops + 1)
    return _INFER


def _through_stars(
    project_file: str, path: str, stars: tuple[str, ...], attribute: str, hops: int
) -> Definition | None:
    """A name the module has only through ``from x import *``: looked up in the modules it
    star-imports, read from their own summaries (a package's ``__init__`` re-exporting its
    submodules). A star import of a module outside the project defines nothing of ours; a
    name no star-imported module defines is not known (and astroid is not asked: it would
    build every module the stars reach)."""
    if hops >= _MAX_HOPS:
        return None
    for star in stars:
        source = find_module(path, star)
        if source is None or not in_project(project_file, source):
            continue
        found = attribute_of(project_file, source, attribute, hops + 1, infer=False)
        if found is not None:
            return found
    return None


def _factory_result(
    project_file: str, factory: Definition, hops: int
) -> Definition | object | None:
    """What a factory of the project returns, where its ``return`` statements say it plainly;
    astroid infers the rest."""
    facts = module_summary(factory.path, _module_facts)
    if facts is None or factory.name not in facts.returns or hops >= _MAX_HOPS:
        return None
    return _made_by(project_file, factory.path, facts.returns[factory.name], hops, infer=True)


def factory_instance(index: ModuleIndex, function: FunctionNode) -> Definition | None:
    """The one class of the project a function of the linted module makes and returns
    (``def get_settings(): return Settings()``), read from its ``return`` statements: never
    astroid."""
    made = _made_by(index.filename, index.filename, _returns(index, function), 0, infer=False)
    return made if isinstance(made, Definition) else None


def _made_by(
    project_file: str, importer: str, returns: _Returns, hops: int, infer: bool
) -> Definition | object | None:
    """The one instance ``returns`` (a factory's) says it makes; :data:`_INFER` where only
    astroid could tell."""
    if returns is None:
        return _INFER
    found: set[Definition] = set()
    for made in returns:
        if made == _GIVEN:
            return None
        if isinstance(made, str):
            resolved = (
                _resolve(project_file, importer, made, hops + 1)
                if infer
                else _module_attribute(project_file, importer, made, hops + 1, infer=False)
            )
            if resolved is None:
                continue  # made by code outside the project: never ours
            if resolved.kind != "class":
                return _INFER
            made = resolved._replace(kind="instance")
        found.add(made)
    return found.pop() if len(found) == 1 else None


_current_project: list[str] = []

#: astroid's module cache is emptied once it holds more modules than this (between two
#: linted files): its answers stay cached here (:func:`_infer`), and modules it builds
#: again from disk give the same ones, so memory stays bounded and findings do not move.
_MAX_ASTROID_MODULES = 100


def release_astroid() -> None:
    """Empty astroid's module cache if it has grown past :data:`_MAX_ASTROID_MODULES`."""
    astroid = sys.modules.get("astroid")
    if astroid is not None and len(astroid.MANAGER.astroid_cache) > _MAX_ASTROID_MODULES:
        astroid.MANAGER.clear_cache()


@contextmanager
def _project(key: str) -> Iterator[Any]:
    """astroid, with its module cache holding one project only and the project importable.

    astroid caches modules by name; two projects linted in one run may both have a
    ``shop.models``, so the cache is emptied when the project changes, and answers depend
    on the project's own files only (the same under -j1 and -j2).
    """
    import astroid

    manager = astroid.MANAGER
    if _current_project != [key]:
        manager.clear_cache()
        _current_project[:] = [key]
    sys.path.insert(0, key)
    try:
        yield manager
    finally:
        with suppress(ValueError):
            sys.path.remove(key)


@lru_cache(maxsize=1024)
def _infer(key: str, path: str, mtime_ns: int, attribute: str) -> Definition | None:
    del mtime_ns  # part of the cache key only
    try:
        with _project(key) as manager:
            module = manager.ast_from_file(path, module_name(path), source=True)
            for value in module.igetattr(attribute):
                return _definition(value)
    except Exception:  # astroid's own failures mean "cannot tell": report nothing
        return None
    return None


def _definition(value: Any) -> Definition | None:
    from astroid import bases, nodes, util

    if value is util.Uninferable:
        return None
    if isinstance(value, nodes.Module):
        return Definition("module", value.file or "", value.name, 0) if value.file else None
    if isinstance(value, nodes.ClassDef):
        return _located("class", value)
    if isinstance(value, nodes.FunctionDef):
        return _located("function", value)
    if isinstance(value, bases.Instance) and isinstance(value._proxied, nodes.ClassDef):
        return _located("instance", value._proxied)
    return None


def _located(kind: Literal["class", "instance", "function"], node: Any) -> Definition | None:
    path = node.root().file
    if not path or not path.endswith(".py"):
        return None
    return Definition(kind, path, node.name, node.lineno or 0)
