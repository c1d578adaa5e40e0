"""SDK v2 tools calling helpers that only read module data. No findings."""

import logging

from mcp.server.mcpserver import MCPServer

log = logging.getLogger(__name__)
mcp = MCPServer("glossary")
GLOSSARY = {"mcp": "Model Context Protocol", "sdk": "Software Development Kit"}
_aliases: dict[str, str] = {}


def _build_aliases() -> None:
    # Called at import time only.
    for key in GLOSSARY:
        _aliases[key.upper()] = key


def _normalise(term: str) -> str:
    return _aliases.get(term, term.lower())


@mcp.tool()
def define(term: str) -> str:
    key = _normalise(term)
    log.info("define %s", key)
    return GLOSSARY.get(key, "unknown")


_build_aliases()
