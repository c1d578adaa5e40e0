"""A stateless betterproto service: the request message in, a reply out; the greeting is
configuration. No findings."""

from grpclib.server import Server

from lib.echo import EchoBase, EchoRequest, EchoResponse

MAX_REPEAT = 10


class EchoService(EchoBase):
    def __init__(self, prefix=""):
        self.prefix = prefix
        self.calls = []

    async def echo(self, echo_request: "EchoRequest") -> "EchoResponse":
        values = []
        for _ in range(min(echo_request.extra_times, MAX_REPEAT)):
            values.append(self.prefix + echo_request.value)
        return EchoResponse(values)

    def record(self, value):
        self.calls.append(value)  # not async, not an RPC: never called per request


server = Server([EchoService(prefix="> ")])
