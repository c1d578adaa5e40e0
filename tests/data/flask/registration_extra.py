"""Flask through a module alias, positional add_url_rule, aliased Blueprint."""

import flask
from flask import Blueprint as BP

app = flask.Flask(__name__)
api = BP("api", __name__)

downloads: dict[str, int] = {}
pings = []
exports = []


def stats_view():
    downloads["stats"] = downloads.get("stats", 0) + 1  # expect: SLS101:5
    return flask.jsonify(downloads)


@app.route("/ping")
def ping():
    pings.append(flask.request.remote_addr)  # expect: SLS101:5
    return "pong"


@api.put("/export/<name>")
def export(name):
    exports.append(name)  # expect: SLS101:5
    return flask.jsonify(exports=exports)


app.add_url_rule("/stats", "stats", stats_view)
app.register_blueprint(api, url_prefix="/api")
