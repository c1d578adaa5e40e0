"""handlers.py of an aiohttp app: its `async def f(request)` are registered in app.py."""

from aiohttp import web

from .db import fetch_order

cart_items: dict[str, list[str]] = {}
CURRENCY = "EUR"


async def add_item(request: web.Request) -> web.Response:
    user = request.headers["X-User"]
    cart_items.setdefault(user, []).append(request.match_info["sku"])  # expect: SLS101:5
    return web.json_response(cart_items[user])


async def show_cart(request: web.Request) -> web.Response:
    return web.json_response({"items": cart_items.get(request.headers["X-User"], []), "currency": CURRENCY})


async def order(request: web.Request) -> web.Response:
    row = await fetch_order(request.app["db"], int(request.match_info["id"]))
    return web.json_response(dict(row))


def format_price(cents: int) -> str:
    # Not a handler: no request parameter.
    return f"{cents / 100:.2f} {CURRENCY}"
