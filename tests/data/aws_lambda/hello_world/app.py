"""A SAM app (``sam init``'s hello_world, Handler: app.lambda_handler) that counts in globals:
each warm instance keeps its own numbers, and a recycled one forgets them. It imports nothing
of Lambda: the handler's name and parameters say what it is."""

import json

invocations = 0
visits_by_user = {}
recent_paths = []


def lambda_handler(event, context):
    global invocations  # expect: SLS102:5
    invocations += 1
    user = event["requestContext"]["authorizer"]["claims"]["sub"]
    visits_by_user[user] = visits_by_user.get(user, 0) + 1  # expect: SLS101:5
    remember(event["path"])
    return {
        "statusCode": 200,
        "body": json.dumps({"visits": visits_by_user[user], "instance_count": invocations}),
    }


def remember(path):
    recent_paths.append(path)  # expect: SLS101:5
