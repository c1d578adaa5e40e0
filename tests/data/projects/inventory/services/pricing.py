"""Pure functions and constants: nothing here is state."""

import re

PRICES = {"apple": 3, "pear": 4}
SKU = re.compile(r"^[a-z]+-\d+$")


def price_of(name: str) -> int:
    local = dict(PRICES)
    local.setdefault(name, 0)
    return local[name]
