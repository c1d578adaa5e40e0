"""The stateless twin of helloworld_server.py and server_list.py: set-up in __init__,
per-stream data in locals, sessions and caches in Redis. No findings."""

import json

from grpclib.server import Server
from redis.asyncio import Redis

from .catalog_pb2 import Product
from .helloworld_grpc import GreeterBase
from .helloworld_pb2 import HelloReply

redis = Redis.from_url("redis://cache:6379/0")
DEFAULT_GREETING = "Hello"


class Greeter(GreeterBase):
    def __init__(self, greeting=DEFAULT_GREETING):
        self.greeting = greeting
        self.replies = []

    async def SayHello(self, stream):
        request = await stream.recv_message()
        await redis.hset("sessions", stream.metadata.get("session-id", ""), request.name)
        replies = [f"{self.greeting}, {request.name}!"]
        replies.append("welcome back")
        await stream.send_message(HelloReply(message=" ".join(replies)))


class CatalogService:
    def __init__(self, db):
        self.db = db
        self._loaded = False

    async def GetProduct(self, stream):
        request = await stream.recv_message()
        cached = await redis.get(f"product:{request.id}")
        if cached is None:
            row = await self.db.fetch_product(request.id)
            await redis.set(f"product:{request.id}", json.dumps(row), ex=60)
        else:
            row = json.loads(cached)
        await stream.send_message(Product(**row))

    async def _warm(self, stream):
        self._loaded = True  # private helper no RPC calls


def build(db):
    return Server([Greeter(), CatalogService(db)])
