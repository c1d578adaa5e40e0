"""Every supported framework's request-scope shapes, as data (see :mod:`.base`)."""

from __future__ import annotations

from typing import Final

from .aio import AIOHTTP, FALCON, SANIC, TORNADO
from .asgi import FASTAPI, STARLETTE
from .base import (
    AppObject,
    Arg,
    Framework,
    GlobSet,
    HandlerCall,
    HandlerClass,
    Lifetime,
    ModuleConvention,
)
from .chainlit import CHAINLIT
from .django import DJANGO, DRF
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
)

#: Names an object imported from another module may carry when it cannot be
#: resolved; used only where the file imports a framework (rules.md section 1).
FALLBACK_OBJECT_NAMES: Final = frozenset(
    {"app", "router", "bp", "blueprint", "api", "routes", "mcp", "server"}
)

__all__ = [
    "FALLBACK_OBJECT_NAMES",
    "FRAMEWORKS",
    "AppObject",
    "Arg",
    "Framework",
    "GlobSet",
    "HandlerCall",
    "HandlerClass",
    "Lifetime",
    "ModuleConvention",
]
