"""A Litestar controller using repositories and request-local data. No findings.

Class attributes `path`, `guards`, `dependencies`, `tags` are read-only configuration.
"""

from litestar import Controller, Request, get, post
from litestar.connection import ASGIConnection
from litestar.di import Provide
from litestar.handlers.base import BaseRouteHandler

from shop.repositories import OrderRepository, provide_orders

ALLOWED_STATUSES = frozenset({"new", "paid"})
DEFAULT_PAGE = {"limit": 20, "offset": 0}


def requires_user(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if not connection.headers.get("x-user"):
        raise PermissionError("anonymous")


class OrderController(Controller):
    path = "/orders"
    guards = [requires_user]
    dependencies = {"orders": Provide(provide_orders)}
    tags = ["orders"]

    @get("/")
    async def list_orders(self, orders: OrderRepository, status: str = "new") -> list[dict]:
        page = dict(DEFAULT_PAGE)
        page["status"] = status if status in ALLOWED_STATUSES else "new"
        return await orders.list(**page)

    @post("/")
    async def create_order(self, request: Request, data: dict, orders: OrderRepository) -> dict:
        lines = []
        for line in data["lines"]:
            lines.append({**line, "currency": "EUR"})
        request.state.lines = len(lines)
        return await orders.create(user=request.headers["x-user"], lines=lines)
