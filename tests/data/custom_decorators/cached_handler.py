# options: handler_decorators=tasks.job
"""A custom-decorated handler that is also cached per argument."""

from functools import lru_cache

import tasks

GREETING = "hello"


@tasks.job("render")
@lru_cache(maxsize=64)  # expect: SLS105:2
def render(document_id: str) -> str:
    return f"{GREETING} {document_id}"


@lru_cache(maxsize=1)
def template() -> str:
    return GREETING


@tasks.job("ping")
def ping() -> str:
    return template()
