"""Flask-Caching on Redis and configuration caches. No findings.

`cache` below is a Flask-Caching object, not a container: its methods are not reported.
"""

import functools
import json
from pathlib import Path

from flask import Flask, jsonify, request
from flask_caching import Cache

app = Flask(__name__)
app.config.from_mapping(CACHE_TYPE="RedisCache", CACHE_REDIS_URL="redis://localhost:6379/2")
cache = Cache(app)
CONFIG_DIR = Path(__file__).parent / "config"


@functools.lru_cache()
def get_config() -> dict:
    return json.loads((CONFIG_DIR / "app.json").read_text())


@functools.lru_cache(maxsize=16)
def load_schema(name: str) -> dict:
    return json.loads((CONFIG_DIR / f"{name}.schema.json").read_text())


@app.get("/products")
@cache.cached(timeout=60, query_string=True)
def products():
    schema = load_schema("product")
    return jsonify(schema=schema["title"], page_size=get_config()["page_size"])


@app.get("/users/<int:user_id>")
def user(user_id):
    key = f"user:{user_id}"
    data = cache.get(key)
    if data is None:
        data = {"id": user_id}
        cache.set(key, data, timeout=300)
    return jsonify(data)


@app.post("/admin/cache/clear")
def clear_cache():
    cache.delete_memoized(products)
    cache.clear()
    return jsonify(cleared=True, by=request.remote_addr)
