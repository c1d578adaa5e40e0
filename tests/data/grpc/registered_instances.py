"""A servicer that subclasses nothing generated: registering an instance with the generated
add_<Service>Servicer_to_server makes its RPCs request scope (SLS101, SLS106)."""

from concurrent import futures

import grpc

import inventory_pb2
import inventory_pb2_grpc as inventory_grpc

reservations = {}


class InventoryService:
    """Implements the Inventory service by duck typing."""

    def __init__(self, repository):
        self.repository = repository

    def Reserve(self, request, context):
        reservations[request.order_id] = list(request.skus)  # expect: SLS101:9
        self.last_order = request.order_id  # expect: SLS106:9
        return inventory_pb2.ReserveReply(ok=True)

    def Release(self, request, context):
        reservations.pop(request.order_id, None)  # expect: SLS101:9
        return inventory_pb2.ReleaseReply()

    def _log(self, message, level):
        self.last_message = message  # not an RPC: never called per request here


class StockService:
    def __init__(self):
        self.counts = {}

    def Count(self, request, context):
        self.counts[request.sku] = self.counts.get(request.sku, 0) + 1  # expect: SLS106:9
        return inventory_pb2.CountReply(count=self.counts[request.sku])


def serve(repository):
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    inventory_grpc.add_InventoryServicer_to_server(InventoryService(repository), server)
    stock = StockService()
    inventory_grpc.add_StockServicer_to_server(stock, server)
    server.add_insecure_port("[::]:50052")
    return server
