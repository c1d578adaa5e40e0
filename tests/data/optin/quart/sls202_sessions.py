"""Quart's session object, imported from quart."""

from quart import Quart, jsonify, request, session

app = Quart(__name__)


@app.route("/login", methods=["POST"])
async def login():
    form = await request.form
    session["username"] = form["username"]  # expect: SLS202:5
    return jsonify({"ok": True})


@app.route("/locale", methods=["POST"])
async def set_locale():
    session["locale"] = (await request.get_json())["locale"]
    return jsonify({"ok": True})
