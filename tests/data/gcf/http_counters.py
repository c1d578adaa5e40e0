"""An HTTP function counting per-user requests (a rate limit) and keeping logins in the
instance: functions-framework runs one worker with several threads, and Cloud Functions runs
many instances."""

import uuid

import functions_framework
from flask import jsonify

requests_by_user = {}
sessions = {}


@functions_framework.http
def rate_limited(request):
    user = request.headers["X-User"]
    requests_by_user[user] = requests_by_user.get(user, 0) + 1  # expect: SLS101:5
    if requests_by_user[user] > 100:
        return "Too many requests", 429
    return jsonify(ok=True)


@functions_framework.http
def login(request):
    token = str(uuid.uuid4())
    sessions[token] = request.get_json()["user"]  # expect: SLS103:5
    return jsonify(token=token)
