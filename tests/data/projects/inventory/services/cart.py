"""Carts kept in a module dict: its functions change state every request shares."""

carts: dict[str, list[int]] = {}
MAX_ITEMS = 50


def add_to_cart(user_id: str, item_id: int) -> None:
    carts.setdefault(user_id, []).append(item_id)


def clear_cart(user_id: str) -> None:
    carts.pop(user_id, None)


def cart_size(user_id: str) -> int:
    return len(carts.get(user_id, []))
