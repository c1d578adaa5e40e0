"""The stateless twin of greeter_server.py: the servicer keeps only what __init__ set up,
per-call data stays in locals, and the greeting cache is Redis with an expiry. No findings."""

import logging
from concurrent import futures

import grpc
import redis

import helloworld_pb2
import helloworld_pb2_grpc

logger = logging.getLogger(__name__)
GREETINGS = {"en": "Hello", "fr": "Bonjour"}
cache = redis.Redis.from_url("redis://cache:6379/0")


class Greeter(helloworld_pb2_grpc.GreeterServicer):
    def __init__(self, greeting="Hello"):
        self.greeting = greeting
        self.recent_names = []
        self._stub = None

    def stub(self):
        if self._stub is None:
            self._stub = grpc.insecure_channel("users:50051")  # made once, then shared
        return self._stub

    def SayHello(self, request, context):
        key = f"greeting:{request.name}"
        cached = cache.get(key)
        if cached is None:
            cached = self.render(request.name, GREETINGS.get(request.locale, self.greeting))
            cache.set(key, cached, ex=300)
        context.set_trailing_metadata((("x-cache", "miss" if cached is None else "hit"),))
        return helloworld_pb2.HelloReply(message=cached)

    def SayHelloAgain(self, request, context):
        user = dict(context.invocation_metadata()).get("user")
        channel = self.stub()
        names = list(self.recent_names)
        names.append(request.name)
        logger.info("greeting %s for %s via %s", names, user, channel)
        return helloworld_pb2.HelloReply(message=f"{self.greeting} again, {request.name}")

    def render(self, name, greeting):
        return f"{greeting}, {name}!"

    def _remember(self, name, when):
        self.recent_names.append(name)  # a private helper no RPC calls


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    helloworld_pb2_grpc.add_GreeterServicer_to_server(Greeter(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()
