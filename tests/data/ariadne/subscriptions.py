"""Ariadne subscriptions: the @subscription.source generator and the @subscription.field
resolver run per subscriber (SLS101, SLS104)."""

import asyncio

from ariadne import SubscriptionType

subscription = SubscriptionType()
room_queues = {}
chat_messages = {}


@subscription.source("message")
async def message_generator(obj, info, room):
    queue = asyncio.Queue()
    room_queues.setdefault(room, []).append(queue)  # expect: SLS101:5
    while True:
        yield await queue.get()


@subscription.field("message")
def message_resolver(message, info, room):
    chat_messages.setdefault(room, []).append(message)  # expect: SLS104:5
    return message


async def counter_generator(obj, info):
    for i in range(5):
        room_queues.setdefault("counter", []).append(i)  # expect: SLS101:9
        yield i


subscription.set_source("counter", counter_generator)
