"""Flask app config and extensions: set in the factory, read in views (SLS108 on writes)."""

from flask import Blueprint, Flask, current_app, g, jsonify, request, session
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
admin = Blueprint("admin", __name__)


class Config:
    SECRET_KEY = "change-me"
    MAINTENANCE = False
    ALLOWED_HOSTS = ["shop.example"]


def create_app(config_object: type = Config) -> Flask:
    # Setup: the factory runs once per process. No findings.
    app = Flask(__name__)
    app.config.from_object(config_object)
    app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql://localhost/shop"
    app.config.update(JSON_SORT_KEYS=False)
    app.extensions["audit"] = {"enabled": True}
    db.init_app(app)
    app.register_blueprint(admin)

    @app.get("/health")
    def health():
        # Reads only: no finding.
        return {"maintenance": app.config["MAINTENANCE"]}

    @app.post("/debug")
    def toggle_debug():
        app.config["DEBUG"] = not app.config["DEBUG"]  # expect: SLS108:9
        return {"debug": app.config["DEBUG"]}

    return app


@admin.post("/maintenance")
def maintenance():
    current_app.config["MAINTENANCE"] = request.json["on"]  # expect: SLS108:5
    return jsonify(on=current_app.config["MAINTENANCE"])


@admin.post("/hosts")
def add_host():
    current_app.config["ALLOWED_HOSTS"].append(request.json["host"])  # expect: SLS108:5
    current_app.config.update(LAST_HOST=request.json["host"])  # expect: SLS108:5
    return jsonify(hosts=current_app.config["ALLOWED_HOSTS"])


@admin.post("/audit")
def audit():
    current_app.extensions["audit"]["enabled"] = False  # expect: SLS108:5
    return jsonify(ok=True)


@admin.before_app_request
def load_user():
    # Request-scoped: flask.g, the cookie session, request attributes. No findings.
    g.user = session.get("user_id")
    session["seen"] = True
    g.settings = dict(current_app.config.get("UI", {}))
    g.settings["theme"] = request.cookies.get("theme", "light")
