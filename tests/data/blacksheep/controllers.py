"""BlackSheep controllers: one instance per request (a transient service), so self.x is the
request's; module and class containers are every request's."""

from blacksheep import Request
from blacksheep.server.controllers import APIController, Controller, get, post

orders = {}
audit_log = []


class Orders(APIController):
    recent = []

    @classmethod
    def route(cls):
        return "/api/orders"

    async def on_request(self, request: Request):
        audit_log.append(request.url.path)  # expect: SLS101:9

    @get("/{order_id}")
    async def get_order(self, order_id: str):
        self.recent.append(order_id)  # expect: SLS107:9
        return self.json(orders.get(order_id))

    @post()
    async def create(self, request: Request):
        data = await request.json()
        orders[data["id"]] = data  # expect: SLS101:9
        return self.created(data)


class Home(Controller):
    @get("/")
    def index(self):
        audit_log.append("home")  # expect: SLS101:9
        return self.view()
