"""Every supported framework's request-scope shapes, as data (see :mod:`.base`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
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
from .chainlit import CHAINLIT
from .django import DJANGO, DRF
from .graphql import ARIADNE, GRAPHENE, STRAWBERRY
from .grpc import GRPC, GRPCLIB
from .litestar import LITESTAR
from .mcp import MCP
from .socketio import FLASK_SOCKETIO, SOCKETIO
from .wsgi import FLASK, QUART

FRAMEWORKS: Final[tuple[Framework, ...]] = (
    FASTAPI,
    STARLETTE,
    FLASK,
    QUART,
    DJANGO,
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
)

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
]
