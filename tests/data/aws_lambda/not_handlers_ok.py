"""Functions that look like Lambda handlers but are not: other parameters, not at module
level, or set-up at import time."""

import signal

registry = {}
events_seen = []


def handler(signum, frame):
    events_seen.append(signum)


signal.signal(signal.SIGTERM, handler)


def lambda_handler(event):
    registry[event["name"]] = event


class Dispatcher:
    def handler(self, event, context):
        registry[event["type"]] = context


def register(name):
    def decorator(fn):
        registry[name] = fn
        return fn

    return decorator


@register("orders")
def process(payload, options):
    events_seen.append(payload)
