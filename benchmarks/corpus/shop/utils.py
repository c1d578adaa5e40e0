"""Helpers that import no framework: the plugin's cheap gate skips them."""

import re
import unicodedata

_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore")
    return _SLUG.sub("-", ascii_text.decode().lower()).strip("-")


def paginate(items: list[dict], page: int, size: int) -> dict:
    start = max(page - 1, 0) * size
    return {"items": items[start:start + size], "total": len(items)}


def money(cents: int, currency: str = "EUR") -> str:
    return f"{cents / 100:.2f} {currency}"
