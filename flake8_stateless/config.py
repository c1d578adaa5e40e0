"""The plugin's options: flake8 option definitions and one small frozen config object.

Under ``flake8 -j`` workers may parse options again in a fresh process, so building
the config is cheap, deterministic and keeps no other state.
"""

from __future__ import annotations

import argparse
import fnmatch
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Final, NamedTuple

from .codes import CODES, OPT_IN_CODES, OPT_IN_PREFIX
from .frameworks.base import GlobSet
from .testcode import matches_every_file

#: Name patterns of SLS103 (session and token stores), SLS104 (chat history) and
#: SLS105 (caches). Matched with fnmatch against the lower-cased name without
#: leading underscores. The options extend these lists, never replace them.
SESSION_NAMES: Final = (
    "*session",
    "*sessions",
    "*session_store",
    "*session_data",
    "*sessions_*",
    "session_*",
    "active_users",
    "logged_in*",
    "online_users",
    "current_users",
    "*tokens",
    "*token_store",
    "*tokens_*",
    "token_*",
    "*api_keys",
    "*apikeys",
    "*jtis",
    "revoked*",
    "*blacklist",
    "*denylist",
)
HISTORY_NAMES: Final = (
    "*conversation",
    "*conversations",
    "*conversation_*",
    "*chat_history",
    "*chat_histories",
    "*chats",
    "chat_*",
    "*messages",
    "*message_history",
    "*history",
    "*histories",
    "*threads",
    "*memory",
    "*memories",
    "*dialogs",
    "*dialogues",
    "*transcripts",
)
CACHE_NAMES: Final = (
    "cache",
    "*_cache",
    "*cache",
    "*caches",
    "cache_*",
    "*memo",
    "memo_*",
    "*memos",
    "*memoized",
    "*lru",
)

_PATTERN = re.compile(r"^[A-Za-z_*?][A-Za-z0-9_*?.]*$")


class OptionError(ValueError):
    """A bad option value; the message names the option."""


class Config(NamedTuple):
    handler_decorators: tuple[str, ...] = ()
    allowed_names: tuple[str, ...] = ()
    session_names: tuple[str, ...] = SESSION_NAMES
    history_names: tuple[str, ...] = HISTORY_NAMES
    cache_names: tuple[str, ...] = CACHE_NAMES
    #: handler names or route paths (fnmatch) that SLS201 does not report
    idempotency_exempt: tuple[str, ...] = ()
    #: globs of test code beyond the built-in ones (:mod:`.testcode`)
    test_patterns: tuple[str, ...] = ()
    #: ``module:function`` patterns of handlers only the deployment names (:mod:`.entries`)
    entry_points: tuple[str, ...] = ()
    #: the opt-in SLS2xx codes that run: those the user selected explicitly (rules.md section 3)
    opt_in: frozenset[str] = frozenset()
    #: the codes flake8 will report, as its select/ignore options decide (None: unknown, all);
    #: a rule family none of whose codes is among them does not run
    enabled: frozenset[str] | None = None

    @property
    def allowed(self) -> GlobSet:
        """``allowed_names`` as one matcher, built once per run (every family asks it)."""
        return _glob_set(self.allowed_names)

    def matches(self, kind: str, name: str) -> bool:
        """Whether ``name`` matches the pattern list ``kind`` (e.g. ``"cache_names"``)."""
        patterns: tuple[str, ...] = getattr(self, kind)
        return _name_pattern(patterns).match(name.lstrip("_").lower()) is not None


@lru_cache(maxsize=8)
def _glob_set(patterns: tuple[str, ...]) -> GlobSet:
    return GlobSet(patterns)


@lru_cache(maxsize=64)
def _name_pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a list of lower-cased fnmatch patterns, compiled once per list."""
    return re.compile("|".join(fnmatch.translate(p.lower()) for p in patterns) or "(?!)")


#: (option, config field, help, defaults it extends)
OPTIONS: Final[tuple[tuple[str, str, str, tuple[str, ...]], ...]] = (
    (
        "--stateless-handler-decorators",
        "handler_decorators",
        "Comma-separated extra decorators (dotted names, '*' allowed) that mark a function "
        "as request scope, e.g. 'myapp.routing.endpoint,*.handler'.",
        (),
    ),
    (
        "--stateless-allowed-names",
        "allowed_names",
        "Comma-separated module-level names ('*' allowed) that are never reported.",
        (),
    ),
    (
        "--stateless-session-names",
        "session_names",
        "Comma-separated extra name patterns of session/token stores (SLS103).",
        SESSION_NAMES,
    ),
    (
        "--stateless-history-names",
        "history_names",
        "Comma-separated extra name patterns of conversation history (SLS104).",
        HISTORY_NAMES,
    ),
    (
        "--stateless-cache-names",
        "cache_names",
        "Comma-separated extra name patterns of caches (SLS105).",
        CACHE_NAMES,
    ),
    (
        "--stateless-idempotency-exempt",
        "idempotency_exempt",
        "Comma-separated handler names or route paths ('*' allowed) that SLS201 does not "
        "report, e.g. 'login,token,/webhooks/*'.",
        (),
    ),
    (
        "--stateless-test-patterns",
        "test_patterns",
        "Comma-separated globs of test code, never reported, beyond tests/, test/, test_*.py, "
        "*_test.py, tests.py and conftest.py: a file or folder name ('*_spec.py', "
        "'integration') or, with '/', a path from the folder flake8 runs in ('qa/*').",
        (),
    ),
    (
        "--stateless-entry-points",
        "entry_points",
        "Comma-separated 'module:function' patterns ('*' allowed) of handlers that only the "
        "deployment names (SAM 'Handler: app.process', a Cloud Functions --target, an Azure "
        "v1 entryPoint), e.g. 'app:process,functions.*:handle'; the module is a dotted tail "
        "of the file's path ('app', 'orders.app').",
        (),
    ),
)


def _patterns(option: str, values: Iterable[str]) -> tuple[str, ...]:
    result = []
    for raw in values:
        value = raw.strip()
        if not value or not value.strip("*?."):
            raise OptionError(f"{option}: empty pattern {value!r} would match every name")
        if not _PATTERN.match(value) or any(not part for part in value.split(".")):
            raise OptionError(
                f"{option}: {value!r} is not a name or dotted name ('*' and '?' allowed)"
            )
        result.append(value)
    return tuple(result)


_ROUTE = re.compile(r"^[A-Za-z0-9_*?.\-/{}<>:\[\]]+$")


def _handlers_or_routes(option: str, values: Iterable[str]) -> tuple[str, ...]:
    """Handler names (``login``, ``Auth.post``) or route paths (``/webhooks/*``)."""
    result: list[str] = []
    for raw in values:
        value = raw.strip()
        if "/" not in value:
            result += _patterns(option, [value])
            continue
        if not value.strip("*?/."):
            raise OptionError(f"{option}: route pattern {value!r} would match every route")
        if not _ROUTE.match(value):
            raise OptionError(f"{option}: {value!r} is not a handler name or a route path")
        result.append(value)
    return tuple(result)


_GLOB = re.compile(r"^[A-Za-z0-9_*?.\-/\[\]]+$")


def _test_globs(option: str, values: Iterable[str]) -> tuple[str, ...]:
    """File or folder name globs (``*_spec.py``), or path globs (``qa/*``)."""
    result: list[str] = []
    for raw in values:
        value = raw.strip().replace("\\", "/")
        if not _GLOB.match(value) or "//" in value:
            raise OptionError(f"{option}: {value!r} is not a file, folder or path glob")
        if matches_every_file(value):
            raise OptionError(f"{option}: {value!r} would take every module for test code")
        result.append(value.removeprefix("./"))
    return tuple(result)


_FUNCTION = re.compile(r"^[A-Za-z_*?][A-Za-z0-9_*?]*$")


def _entry_points(option: str, values: Iterable[str]) -> tuple[str, ...]:
    """``module:function`` patterns: ``app:lambda_handler``, ``functions.*:handle``."""
    result: list[str] = []
    for raw in values:
        value = raw.strip()
        module, sep, function = value.partition(":")
        if not sep or not _FUNCTION.match(function) or not module:
            raise OptionError(
                f"{option}: {value!r} is not a module:function pattern "
                "(e.g. 'app:lambda_handler', 'functions.*:handle')"
            )
        if not _PATTERN.match(module) or any(not part for part in module.split(".")):
            raise OptionError(f"{option}: {value!r}: {module!r} is not a module name pattern")
        if not function.strip("*?") and not module.strip("*?."):
            raise OptionError(f"{option}: {value!r} would make every function a handler")
        result.append(value)
    return tuple(result)


#: Options whose values are not plain name patterns: config field -> validator.
_VALIDATORS: Final = {
    "idempotency_exempt": _handlers_or_routes,
    "test_patterns": _test_globs,
    "entry_points": _entry_points,
}


def _split(value: str | Sequence[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        # An empty item between commas is an error, but a trailing comma is not.
        items = value.replace("\n", ",").split(",")
        while items and not items[-1].strip():
            items.pop()
        while items and not items[0].strip():
            items.pop(0)
        return items
    return list(value)


def opt_in_selected(selected: Iterable[str]) -> frozenset[str]:
    """The opt-in codes an explicit selection names, each by itself or by a prefix longer
    than ``SLS`` (``SLS2`` and ``SLS20``: all of them; ``SLS201``: that one).

    ``SLS`` alone names none: ``--select SLS`` keeps the opt-in codes off. flake8 then
    decides on each code as on any other (``--extend-ignore SLS203`` still wins).
    """
    prefixes = [s.strip().upper() for s in selected]
    named = [p for p in prefixes if p.startswith(OPT_IN_PREFIX)]
    return frozenset(code for code in OPT_IN_CODES if any(code.startswith(p) for p in named))


def enabled_codes(options: argparse.Namespace) -> frozenset[str] | None:
    """The codes flake8 will report with these options (``select``, ``ignore`` and their
    ``extend-`` forms, from the command line and the config files), decided by flake8's own
    decision engine; None where it cannot tell (then every family runs). Per-file ignores
    and ``# noqa`` only take findings away, so a code off here is off everywhere."""
    try:
        from flake8.style_guide import Decision, DecisionEngine

        engine = DecisionEngine(options)
        return frozenset(code for code in CODES if engine.decision_for(code) is Decision.Selected)
    except Exception:  # an older or newer flake8 that decides otherwise: run everything
        return None


def build_config(
    values: dict[str, str | Sequence[str] | None],
    opt_in: frozenset[str] = frozenset(),
    enabled: frozenset[str] | None = None,
) -> Config:
    """Build the config from option values keyed by config field; raises OptionError."""
    fields: dict[str, tuple[str, ...]] = {}
    for option, name, _help, defaults in OPTIONS:
        extra = _VALIDATORS.get(name, _patterns)(option, _split(values.get(name)))
        fields[name] = defaults + tuple(p for p in extra if p not in defaults)
    return Config(
        handler_decorators=fields["handler_decorators"],
        allowed_names=fields["allowed_names"],
        session_names=fields["session_names"],
        history_names=fields["history_names"],
        cache_names=fields["cache_names"],
        idempotency_exempt=fields["idempotency_exempt"],
        test_patterns=fields["test_patterns"],
        entry_points=fields["entry_points"],
        opt_in=opt_in,
        enabled=enabled,
    )
