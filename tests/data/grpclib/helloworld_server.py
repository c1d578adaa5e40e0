"""A grpclib greeter (vmagamedov/grpclib examples/helloworld): one Greeter instance given
to Server([...]) serves every stream (SLS103, SLS106)."""

import asyncio

from grpclib.server import Server
from grpclib.utils import graceful_exit

from .helloworld_grpc import GreeterBase
from .helloworld_pb2 import HelloReply

active_sessions = {}


class Greeter(GreeterBase):
    def __init__(self, greeting="Hello"):
        self.greeting = greeting

    async def SayHello(self, stream):
        request = await stream.recv_message()
        self.last_name = request.name  # expect: SLS106:9
        active_sessions[stream.metadata.get("session-id")] = request.name  # expect: SLS103:9
        await stream.send_message(HelloReply(message=f"{self.greeting}, {request.name}!"))

    async def SayHelloStream(self, stream):
        self.streams = getattr(self, "streams", 0) + 1  # expect: SLS106:9
        async for request in stream:
            await stream.send_message(HelloReply(message=f"{self.greeting}, {request.name}!"))

    def describe(self, verbose):
        self.described = verbose  # not async: not an RPC of a grpclib service


async def main(*, host="127.0.0.1", port=50051):
    server = Server([Greeter()])
    with graceful_exit([server]):
        await server.start(host, port)
        await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
