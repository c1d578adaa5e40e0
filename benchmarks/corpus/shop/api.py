"""FastAPI routes: mostly stateless, a few keep state in process memory."""

import secrets
import time
from functools import lru_cache

from fastapi import APIRouter, Depends, Header, HTTPException

from . import db, store
from .models import Order, OrderIn, ProductIn
from .services import orders, prices
from .utils import paginate, slugify

router = APIRouter(prefix="/api")
_seen_tokens: set[str] = set()


def current_user(authorization: str = Header()) -> dict:
    user = db.fetch_one("SELECT * FROM users WHERE token = :t",
                        t=authorization)
    if user is None:
        raise HTTPException(status_code=401)
    return user


@router.post("/login")
def login(username: str, password: str) -> dict:
    user = db.fetch_one("SELECT id FROM users WHERE name = :n", n=username)
    if user is None:
        raise HTTPException(status_code=401)
    token = secrets.token_urlsafe(32)
    store.sessions[token] = user["id"]
    return {"token": token}


@router.get("/products")
def list_products(page: int = 1, size: int = 20) -> dict:
    return paginate(db.fetch_all("SELECT * FROM products"), page, size)


@router.post("/products", status_code=201)
def create_product(product: ProductIn, user: dict = Depends(current_user)):
    slug = slugify(product.title)
    db.execute("INSERT INTO products (title, slug, price) VALUES (:t, :s, :p)",
               t=product.title, s=slug, p=product.price)
    store.counters["products_created"] += 1
    return {"slug": slug, "owner": user["id"]}


@router.post("/orders", status_code=201)
def create_order(order: OrderIn, user: dict = Depends(current_user)) -> Order:
    total = prices.quote(order.product_id, order.quantity)
    order_id = orders.place(order.product_id, order.quantity, user["id"])
    return Order(id=order_id, total=total, **order.model_dump())


@router.get("/orders/{order_id}")
def get_order(order_id: int, user: dict = Depends(current_user)) -> Order:
    row = db.fetch_one("SELECT * FROM orders WHERE id = :id AND user_id = :u",
                       id=order_id, u=user["id"])
    if row is None:
        raise HTTPException(status_code=404)
    return Order(**row)


@router.post("/webhooks/payment")
def payment_webhook(event: dict, signature: str = Header()) -> dict:
    if signature in _seen_tokens:
        return {"duplicate": True}
    _seen_tokens.add(signature)
    store.recent_events.append({"at": time.time(), **event})
    db.execute("UPDATE orders SET status = 'paid' WHERE id = :id",
               id=event["order_id"])
    return {"ok": True}


@lru_cache(maxsize=256)
@router.get("/users/{user_id}/recommendations")
def recommendations(user_id: int) -> list[dict]:
    return db.fetch_all("SELECT * FROM recommendations WHERE user_id = :u",
                        u=user_id)
