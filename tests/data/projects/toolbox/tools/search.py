"""A tool module: ``find_documents`` is added to the server by ``register_tools``."""

search_cache: dict[str, list[str]] = {}
INDEX = {"python": ["doc1", "doc2"]}


def find_documents(query: str) -> list[str]:
    if query not in search_cache:
        search_cache[query] = INDEX.get(query, [])  # expect: SLS105:9
    return search_cache[query]


def rebuild(documents: dict[str, list[str]]) -> None:
    INDEX.update(documents)
