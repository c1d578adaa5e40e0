"""The Flask app factory: config from the classes, then explicit overrides."""

import os

from flask import Flask

from .extensions import cache, limiter, sess


def create_app(config_name=None):
    app = Flask(__name__)
    app.config.from_object(f"config.{config_name or os.environ['FLASK_CONFIG']}")
    # Set after from_object: this value wins.
    app.config["CACHE_TYPE"] = "simple"  # expect: SLS109:32
    app.config.setdefault("SESSION_TYPE", "redis")
    if app.debug:
        app.config["SESSION_TYPE"] = "filesystem"
    cache.init_app(app)
    limiter.init_app(app)
    sess.init_app(app)
    return app
