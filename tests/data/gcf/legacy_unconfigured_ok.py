"""The same legacy function without the option: nothing names it a handler (a function
``f(event, context)`` not called lambda_handler or handler may be anything)."""

import base64

received = []


def hello_pubsub(event, context):
    received.append(base64.b64decode(event["data"]).decode())


def hello_http(request):
    received.append(request.args.get("name"))
