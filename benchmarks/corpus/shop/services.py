"""Services: one keeps state on self and is shared by every request."""

import time

from . import db


class PriceService:
    def __init__(self) -> None:
        self.last_quote: dict[int, float] = {}

    def quote(self, product_id: int, quantity: int) -> float:
        row = db.fetch_one("SELECT price FROM products WHERE id = :id",
                           id=product_id)
        total = (row or {}).get("price", 0.0) * quantity
        self.last_quote[product_id] = total
        return total


class OrderService:
    def place(self, product_id: int, quantity: int, user_id: int) -> int:
        return db.execute(
            "INSERT INTO orders (product_id, quantity, user_id, created)"
            " VALUES (:p, :q, :u, :t)",
            p=product_id, q=quantity, u=user_id, t=time.time(),
        )


prices = PriceService()
orders = OrderService()
