"""A servicer by duck typing (no generated base): server.py's registration decides."""

stock: dict[str, int] = {}


class Depot:
    def __init__(self):
        self.reserved = {}

    def Reserve(self, request, context):
        stock[request.sku] = stock.get(request.sku, 0) - 1  # expect: SLS101:9
        self.reserved[request.order_id] = request.sku  # expect: SLS106:9
        return None

    def _audit(self, message, level):
        self.last = message
