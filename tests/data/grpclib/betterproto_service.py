"""A betterproto service (python-betterproto README "Async gRPC Support"): the generated
<Service>Base subclasses betterproto's ServiceBase; methods take the request message
(SLS101, SLS106)."""

import asyncio
from collections.abc import AsyncIterator

from grpclib.server import Server

from lib.echo import EchoBase, EchoRequest, EchoResponse, EchoStreamResponse

echo_log = []


class EchoService(EchoBase):
    async def echo(self, echo_request: "EchoRequest") -> "EchoResponse":
        echo_log.append(echo_request.value)  # expect: SLS101:9
        self.last_value = echo_request.value  # expect: SLS106:9
        return EchoResponse([echo_request.value for _ in range(echo_request.extra_times)])

    async def echo_stream(self, echo_request: "EchoRequest") -> AsyncIterator["EchoStreamResponse"]:
        for _ in range(echo_request.extra_times):
            yield EchoStreamResponse(echo_request.value)


async def main():
    server = Server([EchoService()])
    await server.start("127.0.0.1", 50051)
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
