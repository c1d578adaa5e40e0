"""Repositories: one keeps items in process memory, the others in shared storage."""

import itertools
import logging
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class Item:
    id: int
    name: str
    tags: list[str] = field(default_factory=list)


class InMemoryRepository:
    """The tutorial favourite: a dict on self, shared by every request."""

    def __init__(self) -> None:
        self._items: dict[int, Item] = {}
        self._ids = itertools.count(1)
        self.last_added: Item | None = None

    def add(self, name: str) -> Item:
        item = Item(next(self._ids), name)
        self._store(item)
        return item

    def _store(self, item: Item) -> None:
        self._items[item.id] = item

    def remember(self, item: Item) -> None:
        self.last_added = item

    def get(self, item_id: int) -> Item | None:
        return self._items.get(item_id)

    def list(self) -> list[Item]:
        return list(self._items.values())


class SqlRepository:
    """Keeps nothing itself: every method talks to the database session it was given."""

    def __init__(self, session_factory) -> None:
        self.session_factory = session_factory
        self._engine = None

    def _connection(self):
        # Lazy set-up, the same for every request.
        if self._engine is None:
            self._engine = self.session_factory()
        return self._engine

    def add(self, name: str) -> None:
        session = self._connection()
        session.add(Item(0, name))
        session.commit()

    def get(self, item_id: int):
        return self._connection().get(Item, item_id)


repository = InMemoryRepository()


def make_sql_repository(factory) -> SqlRepository:
    return SqlRepository(factory)


def make_memory_repository() -> InMemoryRepository:
    return InMemoryRepository()


# Made by a factory: what it is takes inference (astroid) to know.
default_repository = make_memory_repository()
