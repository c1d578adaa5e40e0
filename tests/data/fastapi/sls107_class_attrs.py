"""Class-body containers mutated from handlers through the class name (SLS107)."""

from dataclasses import dataclass, field
from typing import ClassVar

from fastapi import Depends, FastAPI
from pydantic import BaseModel

app = FastAPI()


class Leaderboard:
    scores: dict[str, int] = {}
    top: list[str] = []
    SIZE = 10

    @classmethod
    def record(cls, player: str, score: int) -> None:
        cls.scores[player] = score


class Order(BaseModel):
    items: list[str] = []  # pydantic copies the default per instance
    registry: ClassVar[dict[str, "Order"]] = {}


@dataclass
class Basket:
    skus: list[str] = field(default_factory=list)
    opened: ClassVar[list[str]] = []


class RateLimiter:
    """A dependency instance: one object serves every request."""

    def __init__(self, per_minute: int):
        self.per_minute = per_minute
        self.calls: dict[str, int] = {}

    def __call__(self, user: str = "anonymous") -> str:
        self.calls[user] = self.calls.get(user, 0) + 1  # expect: SLS106:9
        return user


limiter = RateLimiter(60)


@app.post("/scores/{player}")
def post_score(player: str, score: int) -> dict:
    Leaderboard.scores[player] = score  # expect: SLS107:5
    Leaderboard.top.append(player)  # expect: SLS107:5
    Leaderboard.record(player, score)
    return {"rank": sorted(Leaderboard.scores.values()).index(score)}


@app.post("/orders")
def create_order(order: Order, user: str = Depends(limiter)) -> dict:
    order.items.append("gift-wrap")
    Order.registry[user] = order  # expect: SLS107:5
    basket = Basket()
    basket.skus.extend(order.items)
    Basket.opened.append(user)  # expect: SLS107:5
    return {"items": order.items}


@app.get("/scores")
def scores() -> dict:
    # Reads and copies of class attributes: no findings.
    board = dict(Leaderboard.scores)
    board["size"] = Leaderboard.SIZE
    top = list(Leaderboard.top)
    top.append("you")
    return {"board": board, "top": top}
