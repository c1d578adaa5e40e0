"""Server interceptors: one instance is given to the server and sees every call (SLS101,
SLS106). Per-call state belongs in contextvars or the handler's context."""

import contextvars
import time
from concurrent import futures

import grpc

request_counts = {}
current_method = contextvars.ContextVar("current_method")


class RateLimitInterceptor(grpc.ServerInterceptor):
    def __init__(self, limit):
        self.limit = limit
        self.calls = []

    def intercept_service(self, continuation, handler_call_details):
        peer = dict(handler_call_details.invocation_metadata).get("x-client-id", "")
        request_counts[peer] = request_counts.get(peer, 0) + 1  # expect: SLS101:9
        self.last_method = handler_call_details.method  # expect: SLS106:9
        self.calls.append(time.monotonic())  # expect: SLS106:9
        current_method.set(handler_call_details.method)  # a context variable: per call
        return continuation(handler_call_details)


class AuditInterceptor(grpc.aio.ServerInterceptor):
    async def intercept_service(self, continuation, handler_call_details):
        self.seen = handler_call_details.method  # expect: SLS106:9
        return await continuation(handler_call_details)


def serve():
    return grpc.server(
        futures.ThreadPoolExecutor(max_workers=4),
        interceptors=[RateLimitInterceptor(limit=100)],
    )
