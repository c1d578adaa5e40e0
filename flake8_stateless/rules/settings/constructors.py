"""SLS109 for backends made in code: a process-local backend constructed
(sanic-session ``InMemorySessionInterface()``), and a call that falls back to one when it is
given no backend (sanic-session ``Session(app)``). Which classes and calls these are is the
``backends`` of each framework's record (``local_backends``, ``defaults``)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from typing import Final

from ...frameworks import Arg, merged
from ...syntax import dotted
from .checker import Candidate, Checker

LOCAL_BACKENDS: Final = merged(lambda fw: fw.backends.local_backends)
BACKEND_DEFAULTS: Final = merged(lambda fw: fw.backends.defaults)


def _given(call: ast.Call, arg: Arg) -> bool | None:
    """Whether ``call`` passes ``arg``; ``None`` where ``*args``/``**kwargs`` may."""
    if any(k.arg == arg.keyword for k in call.keywords if arg.keyword is not None):
        return True
    if arg.position is not None and any(
        isinstance(a, ast.Starred) for a in call.args[: arg.position + 1]
    ):
        return None
    if arg.position is not None and len(call.args) > arg.position:
        return True
    return None if any(k.arg is None for k in call.keywords) else False


def backend_calls(checker: Checker) -> Iterator[Candidate]:
    for call, scope, qualified in checker.backend_calls:
        name = checker.bound_name(call) or qualified.rpartition(".")[2]
        local = LOCAL_BACKENDS.get(qualified)
        if local is not None:
            yield Candidate(call, name, f"{local.label}()", local.keeps, scope)
            continue
        default = BACKEND_DEFAULTS[qualified]
        if default.when is not None and _given(call, default.when) is not True:
            continue  # Session() alone sets nothing up: init_app(app, interface) names one
        if _given(call, default.backend) is not False:
            continue
        fallback = default.fallback
        what = (
            f"{dotted(call.func) or name}(...) without {default.backend.keyword}"
            f" (it falls back to a {fallback.label})"
        )
        yield Candidate(call, name, what, fallback.keeps, scope)
