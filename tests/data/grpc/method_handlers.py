"""Handlers registered without generated code: functions given to
grpc.*_rpc_method_handler are request scope (SLS101, SLS105), and so is a bound method."""

from concurrent import futures

import grpc

counters = {}
lookup_cache = {}


def increment(request, context):
    counters[request.key] = counters.get(request.key, 0) + request.delta  # expect: SLS101:5
    return request


def lookup(request, context):
    lookup_cache[request.key] = context.peer()  # expect: SLS105:5
    return request


def watch(request, context):
    yield from ()


class Recorder:
    def __init__(self):
        self.events = []

    def record(self, request_iterator, context):
        for event in request_iterator:
            self.events.append(event)  # expect: SLS106:13
        return None


recorder = Recorder()

handlers = grpc.method_handlers_generic_handler(
    "counter.Counter",
    {
        "Increment": grpc.unary_unary_rpc_method_handler(increment),
        "Lookup": grpc.unary_unary_rpc_method_handler(behavior=lookup),
        "Watch": grpc.unary_stream_rpc_method_handler(watch),
        "Record": grpc.stream_unary_rpc_method_handler(recorder.record),
    },
)


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    server.add_generic_rpc_handlers((handlers,))
    return server
