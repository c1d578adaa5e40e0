"""Per-user lookups memoised in process memory."""

import functools

from cachetools import TTLCache, cached
from flask import Flask, jsonify, request

app = Flask(__name__)

orders_cache: dict[str, list] = {}
geo_lookup_cache = TTLCache(maxsize=2048, ttl=600)


@functools.lru_cache(maxsize=512)  # expect: SLS105:2
def load_user_orders(user_id: int) -> tuple:
    return tuple(range(user_id % 5))


@cached(cache=TTLCache(maxsize=256, ttl=30))  # expect: SLS105:2
def discount_for(cart_total: float, coupon: str) -> float:
    return 0.1 * cart_total if coupon else 0.0


@app.get("/orders")
def orders():
    user_id = request.args["user_id"]
    if user_id not in orders_cache:
        orders_cache[user_id] = list(load_user_orders(int(user_id)))  # expect: SLS105:9
    return jsonify(orders_cache[user_id])


@app.get("/checkout")
def checkout():
    total = float(request.args["total"])
    return jsonify(discount=discount_for(total, request.args.get("coupon", "")))


@app.get("/geo")
def geo():
    ip = request.remote_addr
    geo_lookup_cache[ip] = {"country": "NL"}  # expect: SLS105:5
    return jsonify(geo_lookup_cache[ip])
