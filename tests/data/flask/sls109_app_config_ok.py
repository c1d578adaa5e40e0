"""Flask on shared backends, defaults later replaced, and debug-only choices. No findings."""

import os

from cachelib.redis import RedisCache
from flask import Flask, jsonify
from flask_caching import Cache
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_session import Session

REDIS_URL = os.environ.get("REDIS_URL", "redis://localhost:6379/0")


def create_app(test_config=None):
    app = Flask(__name__, instance_relative_config=True)
    # Defaults first, then the instance config replaces them (the Flask tutorial shape).
    app.config.from_mapping(SECRET_KEY="dev", CACHE_TYPE="SimpleCache")
    if test_config is None:
        app.config.from_pyfile("config.py", silent=True)
    else:
        app.config.from_mapping(test_config)

    app.config["SESSION_TYPE"] = "redis"
    app.config["SESSION_CACHELIB"] = RedisCache(host="redis")
    if app.config["DEBUG"]:
        app.config["CACHE_TYPE"] = "SimpleCache"
    if app.testing:
        app.config.update(SESSION_TYPE="filesystem")
    Session(app)
    Cache(app, config={"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": REDIS_URL})
    Cache(app, config={"CACHE_TYPE": "NullCache"})
    Limiter(get_remote_address, app=app, storage_uri=REDIS_URL)
    Limiter(get_remote_address, app=app, storage_uri=os.environ.get("LIMITS_URI", "memory://"))
    # RATELIMIT_STORAGE_URI comes from config.py through from_pyfile above.
    Limiter(get_remote_address, app=app)

    @app.get("/health")
    def health():
        return jsonify(ok=True)

    return app
