"""`global` statements in views and hooks, against setup code."""

from flask import Blueprint, Flask, jsonify, request

app = Flask(__name__)
bp = Blueprint("admin", __name__)

maintenance_mode = False
announcement = ""
visits = 0
db_url = None


def init_db(url: str) -> None:
    # Setup function called by the factory: `global` here is fine.
    global db_url
    db_url = url


@app.before_request
def count_visit():
    global visits  # expect: SLS102:5
    visits += 1


@bp.post("/maintenance")
def toggle_maintenance():
    global maintenance_mode, announcement  # expect: SLS102:5
    maintenance_mode = not maintenance_mode
    announcement = request.json.get("text", "")
    return jsonify(maintenance=maintenance_mode)


@bp.get("/maintenance")
def maintenance_status():
    global maintenance_mode
    return jsonify(maintenance=maintenance_mode, visits=visits, db=db_url)


init_db("sqlite:///app.db")
app.register_blueprint(bp, url_prefix="/admin")
