"""gRPC servers: grpcio (``grpc``, ``grpc.aio``), grpclib and betterproto.

One servicer instance, and one instance of each interceptor, serves every call,
concurrently (frameworks.md C.3): their lifetime is the process's. The generated
modules (``greeter_pb2_grpc.py``, ``greeter_grpc.py``) are often built at install
time and missing from the linted tree, so they are recognised by their names.
"""

from __future__ import annotations

from .base import Arg, Framework, HandlerCall, HandlerClass, Lifetime

#: ``class Greeter(greeter_pb2_grpc.GreeterServicer)``: the RPCs are the methods taking
#: ``(self, request, context)`` or ``(self, request_iterator, context)``
#: (grpc/grpc:examples/python/helloworld/helloworld_pb2_grpc.py, greeter_server.py).
_SERVICER = HandlerClass(
    lifetime=Lifetime.PROCESS,
    bases=("*_pb2_grpc.*Servicer",),
    signature=r"\w+, (\w*context|ctx|_\w*)",
    kind="gRPC servicer",
)

_BEHAVIOURS = tuple(
    f"grpc.{shape}_rpc_method_handler"
    for shape in ("unary_unary", "unary_stream", "stream_unary", "stream_stream")
)

GRPC = Framework(
    name="grpc",
    data_folders=("grpc",),
    readme="gRPC",
    packages=frozenset({"grpc"}),
    generated_modules=("*_pb2_grpc",),
    calls=(
        # The generated add_GreeterServicer_to_server(servicer, server) registers the bound
        # methods of that one instance.
        HandlerCall(
            callees=("*_pb2_grpc.add_*Servicer_to_server",),
            args=(Arg(0, "servicer"),),
            instances=_SERVICER,
        ),
        HandlerCall(callees=_BEHAVIOURS, args=(Arg(0, "behavior"),)),
    ),
    classes=(
        _SERVICER,
        # Interceptors are given once to grpc.server(interceptors=[...]) (grpc/__init__.py,
        # grpc/aio/_interceptor.py).
        HandlerClass(
            lifetime=Lifetime.PROCESS,
            bases=(
                "grpc.ServerInterceptor",
                "grpc.aio.ServerInterceptor",
                "grpc.aio._interceptor.ServerInterceptor",
            ),
            methods=frozenset({"intercept_service"}),
            kind="gRPC server interceptor",
        ),
    ),
)

#: grpclib: ``class Greeter(helloworld_grpc.GreeterBase)``, ``async def SayHello(self,
#: stream)`` (vmagamedov/grpclib:examples/helloworld/server.py); betterproto: generated
#: ``<Service>Base(ServiceBase)``, ``async def say_hello(self, request)``
#: (danielgtaylor/python-betterproto:src/betterproto/grpc/grpclib_server.py 13).
_SERVICE = HandlerClass(
    lifetime=Lifetime.PROCESS,
    bases=("*_grpc.*Base", "betterproto.grpc.grpclib_server.ServiceBase"),
    async_only=True,
    signature=r"\w+",
    kind="grpclib service",
)

GRPCLIB = Framework(
    name="grpclib",
    data_folders=("grpclib",),
    readme="grpclib",
    packages=frozenset({"grpclib", "betterproto"}),
    generated_modules=("*_grpc",),
    # Server([Greeter(), Health()]) serves every call with those instances.
    calls=(
        HandlerCall(
            callees=("grpclib.server.Server",), args=(Arg(0, "handlers"),), instances=_SERVICE
        ),
    ),
    classes=(_SERVICE,),
)
