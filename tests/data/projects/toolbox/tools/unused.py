"""Never registered (its name appears in no registering module): nothing is request scope."""

seen: list[str] = []


def find_documents(query: str) -> list[str]:
    seen.append(query)
    return []
