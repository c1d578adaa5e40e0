"""A FastAPI app served on Lambda through Mangum: its routes are request scope as FastAPI's."""

from fastapi import FastAPI
from mangum import Mangum

app = FastAPI()
carts = {}


@app.post("/carts/{cart_id}/items")
def add_item(cart_id: str, sku: str):
    carts.setdefault(cart_id, []).append(sku)  # expect: SLS101:5
    return {"items": carts[cart_id]}


handler = Mangum(app, lifespan="off")
