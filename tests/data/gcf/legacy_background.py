# options: entry_points=legacy_background:hello_pubsub
"""A legacy background function (``def f(event, context)``, deployed with ``--target
hello_pubsub``): undecorated, so only the option names it."""

import base64

received = []


def hello_pubsub(event, context):
    received.append(base64.b64decode(event["data"]).decode())  # expect: SLS101:5


def hello_gcs(event, context):
    received.clear()
