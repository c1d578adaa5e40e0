"""A login function (Handler: sessions.handler) that keeps sessions in the instance: the next
request may reach another instance, or this one after a cold start."""

import json
import secrets

sessions = {}


def handler(event, _context):
    body = json.loads(event["body"])
    token = secrets.token_urlsafe()
    sessions[token] = body["username"]  # expect: SLS103:5
    return {"statusCode": 200, "body": json.dumps({"token": token})}


def logout_handler(event, context):
    # Not a default handler name: only the deployment (and --stateless-entry-points) says so.
    sessions.pop(event["headers"]["x-token"], None)
    return {"statusCode": 204}
