"""A Strawberry subscription registering each client's queue in a module list (SLS101),
and the chat history it replays kept in process memory (SLS104)."""

import asyncio
from collections.abc import AsyncGenerator

import strawberry

listeners: list[asyncio.Queue] = []
chat_history: dict[str, list[str]] = {}


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def messages(self, room: str) -> AsyncGenerator[str, None]:
        queue: asyncio.Queue = asyncio.Queue()
        listeners.append(queue)  # expect: SLS101:9
        for line in chat_history.get(room, []):
            yield line
        while True:
            yield await queue.get()


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def send(self, room: str, text: str) -> bool:
        chat_history.setdefault(room, []).append(text)  # expect: SLS104:9
        for queue in listeners:
            await queue.put(text)
        return True


@strawberry.type
class Query:
    hello: str = "world"


schema = strawberry.Schema(query=Query, mutation=Mutation, subscription=Subscription)
