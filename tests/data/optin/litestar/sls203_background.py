"""Litestar: BackgroundTask on a response runs after it is sent, in this process."""

from litestar import Litestar, Response, put
from litestar.background_tasks import BackgroundTask

from .mail import send_receipt


@put("/orders/{order_id:int}")
async def update_order(order_id: int) -> Response:
    return Response(
        {"id": order_id},
        background=BackgroundTask(send_receipt, order_id),  # expect: SLS203:20
    )


app = Litestar(route_handlers=[update_order])
