"""Blueprint-local and app-wide hooks, a cached view, an aliased lru_cache."""

from functools import lru_cache as memoize

from flask import Blueprint, Flask, jsonify, request

app = Flask(__name__)
bp = Blueprint("shop", __name__)

bp_requests: list[str] = []
app_responses = []
teardowns = []


@bp.before_request
def bp_before():
    bp_requests.append(request.path)  # expect: SLS101:5


@bp.after_app_request
def every_response(response):
    app_responses.append(response.status_code)  # expect: SLS101:5
    return response


@bp.teardown_app_request
def cleanup(exc):
    teardowns.append(exc is None)  # expect: SLS101:5


@bp.get("/product/<slug>")
@memoize(maxsize=256)  # expect: SLS105:2
def product(slug):
    return jsonify(slug=slug)


@memoize(maxsize=64)
def avatar_url(username: str) -> str:
    # Not request scope; a user name as a word in a URL, not a key of per-user data.
    return f"https://cdn.example.com/{username}.png"


@memoize(maxsize=64)  # expect: SLS105:2
def permissions_of(user_id: int) -> frozenset[str]:
    return frozenset({"read"}) if user_id else frozenset()


@memoize(maxsize=64)
def compile_rule(pattern: str):
    # Not request scope and no user/session/token/tenant identifier.
    import re

    return re.compile(pattern)


app.register_blueprint(bp)
