"""A Litestar Controller is instantiated once per registration: self.x is shared (SLS106)."""

from litestar import Controller, Litestar, Request, get, post
from litestar.di import Provide

from shop.repositories import CartRepository, provide_carts


class CartController(Controller):
    path = "/cart"
    tags = ["cart"]
    dependencies = {"carts": Provide(provide_carts)}
    guards = []
    recent_skus = []  # a class-level list shared by every request

    @get("/")
    async def show(self, request: Request, carts: CartRepository) -> dict:
        self.user = request.headers.get("x-user")  # expect: SLS106:9
        return await carts.get(self.user)

    @post("/items")
    async def add_item(self, data: dict, carts: CartRepository) -> dict:
        self.recent_skus.append(data["sku"])  # expect: SLS107:9
        self.last_item = data  # expect: SLS106:9
        return await carts.add(data)


class BaseController(Controller):
    def remember(self, request: Request) -> None:
        self.last_path = request.url.path  # expect: SLS106:9


class OrdersController(BaseController):
    path = "/orders"

    @get("/{order_id:int}")
    async def get_order(self, request: Request, order_id: int) -> dict:
        self.remember(request)
        return {"id": order_id}


class HealthController(Controller):
    """No findings: configuration in the class body, per-request data on request.state."""

    path = "/health"
    tags = ["ops"]
    opts = {"exclude_from_auth": True}

    @get("/")
    async def health(self, request: Request) -> dict:
        request.state.checked = True
        checks = dict(self.opts)
        checks["status"] = "ok"
        return checks


app = Litestar(route_handlers=[CartController, OrdersController, HealthController])
