"""A repository made by a builder's method: only inference (astroid) can tell what it is."""

from .repository import InMemoryRepository


class Builder:
    def build(self) -> InMemoryRepository:
        return InMemoryRepository()


built_repository = Builder().build()
