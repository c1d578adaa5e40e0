"""Services re-exported for the API layer."""

from .cart import add_to_cart, cart_size, carts
from .pricing import price_of

__all__ = ["add_to_cart", "cart_size", "carts", "price_of"]
