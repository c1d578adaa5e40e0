"""A flask-smorest API module (no plain ``flask`` import) whose ``init_app`` also
configures the app it is given: SLS109 is looked for in modules with handlers too."""

from flask_smorest import Blueprint

blp = Blueprint("items", __name__)


@blp.route("/items")
def list_items():
    return []


def init_app(app):
    app.config["SESSION_TYPE"] = "filesystem"  # expect: SLS109:34
    app.register_blueprint(blp)
