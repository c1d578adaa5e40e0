"""A betterproto-generated module (src/betterproto/templates/template.py.j2) checked into
the tree, with an implementation beside it: the generated base is a ServiceBase, so its
subclass's RPCs are request scope (SLS104); the base's own stubs only raise."""

from typing import TYPE_CHECKING, Dict

import grpclib
from betterproto.grpc.grpclib_server import ServiceBase

if TYPE_CHECKING:
    import grpclib.server

conversations = {}


class EchoBase(ServiceBase):
    async def echo(self, echo_request: "EchoRequest") -> "EchoResponse":
        raise grpclib.GRPCError(grpclib.const.Status.UNIMPLEMENTED)

    async def __rpc_echo(self, stream: "grpclib.server.Stream[EchoRequest, EchoResponse]") -> None:
        request = await stream.recv_message()
        response = await self.echo(request)
        await stream.send_message(response)

    def __mapping__(self) -> Dict[str, grpclib.const.Handler]:
        return {}


class Assistant(EchoBase):
    async def echo(self, echo_request: "EchoRequest") -> "EchoResponse":
        conversations.setdefault(echo_request.session, []).append(echo_request.value)  # expect: SLS104:9
        return echo_request
