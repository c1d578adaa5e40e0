"""SLS105(b): caching decorators that keep per-user results in process memory.

Reported on a request-scope function that takes parameters, or on any function
that takes a user, session, token or tenant identifier; never on functions with
no parameters (``@lru_cache def get_settings()``) or only configuration-like ones.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from typing import Final

from ..context import Context, Finding
from ..frameworks import GlobSet, Lifetime
from ..imports import ImportMap
from ..model import FunctionNode, Scope
from ..names import IDENTITY_PARAMS
from ..semantic.classes import instance_lifetime
from ..semantic.functions import Kind, bound_parameter, call_parameters, kind, parameters
from ..syntax import dotted

CACHING_DECORATORS: Final = GlobSet(
    (
        "functools.lru_cache",
        "functools.cache",
        "cachetools.cached",
        "cachetools.func.*",
        "async_lru.alru_cache",
        "aiocache.cached",
    )
)
#: Parameters that name configuration: the cache holds the same for every user.
CONFIG_PARAMS: Final = GlobSet(
    (
        "*name",
        "*path",
        "*dir",
        "*directory",
        "*file",
        "*filename",
        "*locale",
        "lang",
        "language",
        "*settings",
        "*config",
        "env",
        "environment",
        "*format",
        "*template",
        "*_type",
        "kind",
        "mode",
        "*version",
        "region",
        "country",
        "*country_code",
        "currency",
        "timezone",
        "tz",
        "encoding",
        "pattern",
        "*schema",
    )
)


def may_apply(functions: Iterable[FunctionNode], imports: ImportMap) -> bool:
    """Cheap: does a function outside request scope take an identifier under a caching
    decorator? (Inside request scope, the request-scope test lets the file through.)"""
    for node in functions:
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if (
                isinstance(target, (ast.Name, ast.Attribute))
                and imports.resolve(target) in CACHING_DECORATORS
                and any(_identifies(arg) for arg in parameters(node))
            ):
                return True
    return False


def check(ctx: Context) -> Iterator[Finding]:
    imports = ctx.index.imports
    allowed = ctx.config.allowed
    for scope in ctx.index.functions():
        node = scope.function
        if node.name in allowed:
            continue
        for decorator in node.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if not isinstance(target, (ast.Name, ast.Attribute)):
                continue
            if imports.resolve(target) not in CACHING_DECORATORS:
                continue
            params = call_parameters(scope)
            if not params or _per_request_method(ctx, scope):
                break
            identity = [a.arg for a in params if _identifies(a)]
            in_scope = node in ctx.scope.reach
            if identity or (in_scope and any(a.arg.lower() not in CONFIG_PARAMS for a in params)):
                name = dotted(target) or "cache"
                where = ctx.scope.where(node) if in_scope else f"'{ctx.scope.qualified_name(node)}'"
                what = f"'@{name}' on {where} keeps results per argument"
                if identity:
                    what += f" ({', '.join(identity)})"
                yield Finding.at(target, "SLS105", what=what)
            break


def _per_request_method(ctx: Context, scope: Scope) -> bool:
    """An instance method of a handler class the framework makes per request (a Tornado
    ``RequestHandler``, a Django or DRF view, a Flask ``MethodView``): ``self`` is part of
    the cache key, so no result reaches another request."""
    if kind(scope) is not Kind.INSTANCE or bound_parameter(scope) is None:
        return False
    if scope.parent is None:
        return False
    cls = scope.parent.class_def
    row = ctx.scope.handler_classes.get(cls)
    return (
        row is not None
        and cls not in ctx.scope.registered_classes
        and instance_lifetime(ctx.index, cls, row) is Lifetime.REQUEST
    )


def _identifies(param: ast.arg) -> bool:
    """Whether the parameter identifies a user, session, token or tenant."""
    return param.arg.lower() in IDENTITY_PARAMS and not _is_flag(param)


def _is_flag(param: ast.arg) -> bool:
    """``user: bool`` chooses a mode; it does not identify a user."""
    return isinstance(param.annotation, ast.Name) and param.annotation.id == "bool"
