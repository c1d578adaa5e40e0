"""Services that subclass nothing generated: the instances given to grpclib's Server are
the handlers (SLS101, SLS105, SLS106)."""

from grpclib.health.service import Health
from grpclib.server import Server

from .catalog_pb2 import Product

product_cache = {}
views = []


class CatalogService:
    def __init__(self, db):
        self.db = db

    async def GetProduct(self, stream):
        request = await stream.recv_message()
        product = product_cache.get(request.id)
        if product is None:
            product = Product(**await self.db.fetch_product(request.id))
            product_cache[request.id] = product  # expect: SLS105:13
        views.append(request.id)  # expect: SLS101:9
        self.last_product = product  # expect: SLS106:9
        await stream.send_message(product)

    async def _load(self, stream):
        self.loaded = True  # private: not an RPC


class Recommendations:
    async def Recommend(self, stream):
        request = await stream.recv_message()
        self.user = request.user_id  # expect: SLS106:9
        await stream.send_message(request)


def build(db):
    recommendations = Recommendations()
    return Server([CatalogService(db), recommendations, Health()])
