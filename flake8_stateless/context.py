"""What every rule family receives: the module index, its request scope and the config."""

from __future__ import annotations

import ast
from dataclasses import dataclass
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
        return cls(node.lineno, node.col_offset, message(code, **fields))  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Context:
    index: ModuleIndex
    scope: RequestScope
    config: Config
