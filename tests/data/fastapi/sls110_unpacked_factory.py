"""Long-lived objects made by a factory of the module and bound by unpacking: the controller
keeps every order it saw; the registry only reads the price list it was given."""

from fastapi import FastAPI


class OrderController:
    def __init__(self) -> None:
        self.orders: dict[str, list[str]] = {}

    def place(self, user_id: str, item: str) -> None:
        self.orders.setdefault(user_id, []).append(item)


class PriceRegistry:
    def __init__(self, prices: dict[str, int]) -> None:
        self._prices = dict(prices)

    def price(self, item: str) -> int:
        return self._prices.get(item, 0)


def build() -> tuple[OrderController, PriceRegistry]:
    registry = PriceRegistry({"tea": 3})
    return OrderController(), registry


def build_either(fast: bool) -> tuple[OrderController, PriceRegistry]:
    if fast:
        return OrderController(), PriceRegistry({})
    return OrderController(), PriceRegistry({"tea": 3})


def build_any(fast: bool) -> tuple[object, PriceRegistry]:
    if fast:
        return OrderController(), PriceRegistry({})
    return PriceRegistry({}), PriceRegistry({"tea": 3})


app = FastAPI()
controller, registry = build()
other_controller, _ = build_either(True)
any_controller, _ = build_any(True)


@app.post("/orders")
async def place_order(user_id: str, item: str) -> int:
    controller.place(user_id, item)  # expect: SLS110:5
    return registry.price(item)


@app.post("/orders/fast")
async def place_fast(user_id: str, item: str) -> None:
    other_controller.place(user_id, item)  # expect: SLS110:5
    any_controller.place(user_id, item)  # each return makes a different class: not known
