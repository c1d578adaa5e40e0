"""A Flask app configured in one module: process-local cache, sessions and rate limits."""

import os

from cachelib.simple import SimpleCache
from flask import Flask, jsonify, session
from flask_caching import Cache
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_session import Session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SECRET_KEY"],
    SESSION_TYPE="cachelib",
    SESSION_CACHELIB=SimpleCache(threshold=500),  # expect: SLS109:22
)
app.config.from_mapping(
    {"CACHE_TYPE": "flask_caching.backends.SimpleCache", "CACHE_DEFAULT_TIMEOUT": 60}  # expect: SLS109:20
)
app.config["RATELIMIT_HEADERS_ENABLED"] = True
Session(app)
cache = Cache(app)
limiter = Limiter(get_remote_address, app=app, default_limits=["100/hour"])  # expect: SLS109:11
admin_limiter = Limiter(
    get_remote_address,
    app=app,
    storage_uri="memory://",  # expect: SLS109:17
)
report_cache = Cache(app, config=dict(CACHE_TYPE="filesystem", CACHE_DIR="/tmp/reports"))  # expect: SLS109:50


@app.get("/cart")
@limiter.limit("10/minute")
def cart():
    return jsonify(session.get("cart", []))


@app.get("/reports/<int:report_id>")
@report_cache.cached(timeout=600)
def report(report_id):
    return jsonify(id=report_id)
