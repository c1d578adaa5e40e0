"""A servicer module that imports only the generated modules (the server is built in
another module, and grpc itself is never imported here): the *_pb2_grpc import is enough
to know the framework (SLS101, SLS106)."""

from protos import orders_pb2
from protos.orders_pb2_grpc import OrdersServicer

open_orders = {}


class Orders(OrdersServicer):
    def __init__(self, repository):
        self.repository = repository

    def CreateOrder(self, request, context):
        order = self.repository.create(request.customer_id, list(request.items))
        open_orders[order.id] = request.customer_id  # expect: SLS101:9
        self.last_order_id = order.id  # expect: SLS106:9
        return orders_pb2.Order(id=order.id)

    def GetOrder(self, request, ctx):
        return orders_pb2.Order(id=request.id, customer_id=open_orders.get(request.id, ""))
