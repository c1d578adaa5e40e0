"""What every rule family receives: the module index, its request scope and the config."""

from __future__ import annotations

import ast
from typing import NamedTuple

from .codes import message
from .config import Config
from .model import ModuleIndex
from .scope import RequestScope


class Finding(NamedTuple):
    line: int
    col: int
    message: str

    @property
    def code(self) -> str:
        return self.message[:6]

    @classmethod
    def at(cls, node: ast.AST, code: str, **fields: str) -> Finding:
        line: int = node.lineno  # type: ignore[attr-defined]
        col: int = node.col_offset  # type: ignore[attr-defined]
        return cls(line, col, message(code, **fields))


class Context:
    def __init__(self, index: ModuleIndex, scope: RequestScope, config: Config) -> None:
        self.index = index
        self.scope = scope
        self.config = config
