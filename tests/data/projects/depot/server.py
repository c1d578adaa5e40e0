"""A gRPC server that registers an instance of a servicer defined in servicers.py."""

from concurrent import futures

import grpc

import depot_pb2_grpc
from depot import servicers


def serve() -> None:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=4))
    depot_pb2_grpc.add_DepotServicer_to_server(servicers.Depot(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
