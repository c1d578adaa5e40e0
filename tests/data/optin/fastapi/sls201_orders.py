"""An orders API: which write endpoints accept an Idempotency-Key and which do not."""

from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Request
from pydantic import BaseModel

from .repositories import carts, orders

app = FastAPI()
router = APIRouter(prefix="/carts")


class OrderIn(BaseModel):
    sku: str
    quantity: int


def save_order(order: OrderIn) -> dict:
    return {"id": 1, **order.model_dump()}


@app.post("/orders")
async def create_order(order: OrderIn) -> dict:  # expect: SLS201:1
    return save_order(order)


@app.patch("/orders/{order_id}")
async def rename_order(order_id: int, name: str) -> dict:  # expect: SLS201:1
    await orders.update_name(order_id, name)
    return {"id": order_id, "name": name}


@app.post("/payments")
async def pay(amount: int, idempotency_key: str = Header()) -> dict:
    return {"amount": amount, "key": idempotency_key}


@app.post("/refunds")
async def refund(
    amount: int, key: Annotated[str | None, Header(alias="Idempotency-Key")] = None
) -> dict:
    return {"amount": amount, "key": key}


@app.patch("/orders/{order_id}/address")
async def change_address(order_id: int, request: Request) -> dict:
    key = request.headers.get("idempotency-key")
    if key is None:
        raise HTTPException(status_code=400, detail="Idempotency-Key required")
    return {"id": order_id}


def require_idempotency_key(request: Request) -> str:
    key = request.headers.get("Idempotency-Key")
    if not key:
        raise HTTPException(status_code=400)
    return key


@app.post("/transfers", dependencies=[Depends(require_idempotency_key)])
async def transfer(amount: int) -> dict:
    return {"amount": amount}


@app.post("/invoices")
async def create_invoice(amount: int, key: str = Depends(require_idempotency_key)) -> dict:
    return {"amount": amount, "key": key}


@app.put("/orders/{order_id}")
async def replace_order(order_id: int, order: OrderIn) -> dict:
    return {"id": order_id}


@app.delete("/orders/{order_id}")
async def cancel_order(order_id: int) -> dict:
    return {"id": order_id, "cancelled": True}


@app.get("/orders/{order_id}")
async def get_order(order_id: int) -> dict:
    return {"id": order_id}


@app.api_route("/search", methods=["GET", "POST"])
async def search(q: str) -> dict:  # a POST that only reads: nothing to repeat
    return {"q": q}


@app.api_route("/status", methods=["GET", "HEAD"])
async def status() -> dict:
    return {"ok": True}


@router.post("/{cart_id}/items")
def add_item(cart_id: int, sku: str) -> dict:  # expect: SLS201:1
    carts.add_item(cart_id, sku)
    return {"cart": cart_id, "sku": sku}


def checkout(cart_id: int, x_idempotency_key: str = Header()) -> dict:
    return {"cart": cart_id}


def empty_cart(cart_id: int) -> dict:  # expect: SLS201:1
    carts.remove_items(cart_id)
    return {"cart": cart_id}


router.add_api_route("/{cart_id}/checkout", checkout, methods=["POST"])
router.add_api_route("/{cart_id}/empty", empty_cart, methods=["POST"])
app.include_router(router)
