# options: handler_decorators=bus.subscribe
"""A decorator on a module-level object, named as written in the source."""

from eventlib import EventBus

bus = EventBus()
inbox: list[dict] = []
replayed = []


@bus.subscribe("order.created")
def on_order(event: dict) -> None:
    inbox.append(event)  # expect: SLS101:5


def replay(events: list[dict]) -> None:
    # Plain function: not decorated.
    replayed.extend(events)
