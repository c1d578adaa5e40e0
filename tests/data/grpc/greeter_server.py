"""A grpcio greeter: one servicer instance serves every call, on a thread pool (SLS105, SLS106)."""

import logging
from concurrent import futures

import grpc

import helloworld_pb2
import helloworld_pb2_grpc

logger = logging.getLogger(__name__)
greeting_cache = {}  # per-user replies, kept in this process only


class Greeter(helloworld_pb2_grpc.GreeterServicer):
    def __init__(self, greeting="Hello"):
        self.greeting = greeting
        self.served = 0
        self.recent_names = []

    def SayHello(self, request, context):
        self.last_request = request  # expect: SLS106:9
        self.served += 1  # expect: SLS106:9
        self.recent_names.append(request.name)  # expect: SLS106:9
        cached = greeting_cache.get(request.name)
        if cached is None:
            cached = self.render(request.name)
            greeting_cache[request.name] = cached  # expect: SLS105:13
        return helloworld_pb2.HelloReply(message=cached)

    def SayHelloAgain(self, request, context):
        self.current_user = dict(context.invocation_metadata()).get("user")  # expect: SLS106:9
        return helloworld_pb2.HelloReply(message=f"{self.greeting} again, {request.name}")

    def render(self, name):
        self.last_rendered = name  # expect: SLS106:9
        return f"{self.greeting}, {name}!"


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=10))
    helloworld_pb2_grpc.add_GreeterServicer_to_server(Greeter(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    logger.info("listening on 50051")
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
