"""Module-level containers shared by the shop's routes. No findings here: nothing in this
module runs per request; the writes are reported where request scope makes them (api.py)."""

import itertools
from collections import defaultdict

CURRENCY = "EUR"
CATALOG = {"apple": 1.0, "pear": 1.5}
sessions: dict[str, str] = {}
carts: dict[str, list[str]] = defaultdict(list)
conversations: dict[str, list[str]] = {}
price_cache: dict[str, float] = {}
order_numbers = itertools.count(1)
wishlists = {}

CATALOG["plum"] = 2.0
