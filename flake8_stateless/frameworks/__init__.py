"""Every supported framework's request-scope shapes, as data (see :mod:`.base`)."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Final, TypeVar

from .aio import AIOHTTP, FALCON, SANIC, TORNADO
from .asgi import FASTAPI, STARLETTE
from .base import (
    AppObject,
    Arg,
    BackendDefault,
    Backends,
    BackgroundWork,
    EntryFunction,
    Framework,
    GlobSet,
    HandlerCall,
    HandlerClass,
    Lifetime,
    LocalBackend,
    ModuleConvention,
    Requests,
    Routes,
    Sessions,
    SharedState,
    Transports,
)
from .blacksheep import BLACKSHEEP
from .chainlit import CHAINLIT
from .channels import CHANNELS
from .django import DJANGO, DJANGO_MIDDLEWARE, DRF
from .graphql import ARIADNE, GRAPHENE, STRAWBERRY
from .grpc import GRPC, GRPCLIB
from .litestar import LITESTAR
from .mcp import MCP
from .robyn import ROBYN
from .serverless import AWS_LAMBDA, AZURE_FUNCTIONS, GOOGLE_CLOUD_FUNCTIONS
from .socketio import FLASK_SOCKETIO, SOCKETIO
from .wsgi import FLASK, QUART

FRAMEWORKS: Final[tuple[Framework, ...]] = (
    FASTAPI,
    STARLETTE,
    FLASK,
    QUART,
    DJANGO,
    DJANGO_MIDDLEWARE,
    DRF,
    AIOHTTP,
    LITESTAR,
    SANIC,
    FALCON,
    TORNADO,
    MCP,
    SOCKETIO,
    FLASK_SOCKETIO,
    CHAINLIT,
    GRPC,
    GRPCLIB,
    STRAWBERRY,
    GRAPHENE,
    ARIADNE,
    CHANNELS,
    BLACKSHEEP,
    ROBYN,
    AWS_LAMBDA,
    GOOGLE_CLOUD_FUNCTIONS,
    AZURE_FUNCTIONS,
)

#: Frameworks some of whose shapes need no import of them (Django middleware).
_WITHOUT_IMPORT: Final = tuple(fw for fw in FRAMEWORKS if fw.without_import)


def shaped_frameworks(statements: Sequence[ast.stmt]) -> tuple[Framework, ...]:
    """The frameworks these statements use by shape alone, without importing them: a class
    whose ``__init__`` takes ``get_response`` is a Django middleware wherever it lives."""
    return tuple(fw for fw in _WITHOUT_IMPORT if fw.shaped(statements))


_T = TypeVar("_T")
_V = TypeVar("_V")


def every(fact: Callable[[Framework], Iterable[_T]]) -> frozenset[_T]:
    """One fact of every framework, joined: ``every(lambda fw: fw.sessions.objects)``.

    A qualified name only matches in a file that imports it, so the union is what one file
    of any framework needs."""
    return frozenset(item for fw in FRAMEWORKS for item in fact(fw))


def merged(fact: Callable[[Framework], Mapping[str, _V]]) -> Mapping[str, _V]:
    """One mapping fact of every framework, joined (a later framework's key wins)."""
    return MappingProxyType({key: value for fw in FRAMEWORKS for key, value in fact(fw).items()})


#: Packages of the frameworks whose servers choose a transport (SLS204's gate).
TRANSPORT_PACKAGES: Final = frozenset(
    p for fw in FRAMEWORKS if fw.transports is not None for p in fw.packages
)

#: Patterns of generated modules' last names -> the package importing one stands for.
_GENERATED: Final = tuple(
    (GlobSet(fw.generated_modules), min(fw.packages)) for fw in FRAMEWORKS if fw.generated_modules
)
_ANY_GENERATED: Final = GlobSet(p for fw in FRAMEWORKS for p in fw.generated_modules)


def generated_packages(modules: Iterable[str]) -> set[str]:
    """The framework packages that importing these modules (dotted names) stands for: a
    module a framework's code generator writes (``protos.greeter_pb2_grpc``) is the
    framework's, although it may be missing from the linted tree."""
    found: set[str] = set()
    for module in modules:
        last = module.rpartition(".")[2]
        if last in _ANY_GENERATED:
            found.update(package for patterns, package in _GENERATED if last in patterns)
    return found


#: Names an object imported from another module may carry when it cannot be
#: resolved; used only where the file imports a framework (rules.md section 1).
FALLBACK_OBJECT_NAMES: Final = frozenset(
    {"app", "router", "bp", "blueprint", "api", "routes", "mcp", "server"}
)

__all__ = [
    "FALLBACK_OBJECT_NAMES",
    "FRAMEWORKS",
    "TRANSPORT_PACKAGES",
    "AppObject",
    "Arg",
    "BackendDefault",
    "Backends",
    "BackgroundWork",
    "EntryFunction",
    "Framework",
    "GlobSet",
    "HandlerCall",
    "HandlerClass",
    "Lifetime",
    "LocalBackend",
    "ModuleConvention",
    "Requests",
    "Routes",
    "Sessions",
    "SharedState",
    "Transports",
    "every",
    "generated_packages",
    "merged",
    "shaped_frameworks",
]
