"""Stateless interceptors: configuration set once in __init__, per-call values in locals
and context variables, counts in a shared store. No findings."""

import contextvars
import logging

import grpc
from prometheus_client import Counter

logger = logging.getLogger(__name__)
REQUESTS = Counter("grpc_requests_total", "RPCs served", ["method"])
request_id = contextvars.ContextVar("request_id", default="")
PUBLIC_METHODS = frozenset({"/health.Health/Check"})


class AuthInterceptor(grpc.ServerInterceptor):
    def __init__(self, verifier, header="authorization"):
        self.verifier = verifier
        self.header = header
        self._deny = grpc.unary_unary_rpc_method_handler(self._abort)

    def _abort(self, request, context):
        context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid token")

    def intercept_service(self, continuation, handler_call_details):
        if handler_call_details.method in PUBLIC_METHODS:
            return continuation(handler_call_details)
        metadata = dict(handler_call_details.invocation_metadata)
        token = metadata.get(self.header, "")
        if not self.verifier.verify(token.removeprefix("Bearer ")):
            return self._deny
        request_id.set(metadata.get("x-request-id", ""))
        REQUESTS.labels(method=handler_call_details.method).inc()
        return continuation(handler_call_details)


class LoggingInterceptor(grpc.aio.ServerInterceptor):
    async def intercept_service(self, continuation, handler_call_details):
        logger.info("call %s", handler_call_details.method)
        return await continuation(handler_call_details)
