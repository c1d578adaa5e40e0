# options: entry_points=orders.create:create_order,*:on_*
"""Handlers only the deployment names (serverless.yml ``handler: orders/create.create_order``),
given with --stateless-entry-points: the module is a dotted tail of the path."""

import json

orders = {}
hooks = []


def create_order(event, context):
    order = json.loads(event["body"])
    orders[order["id"]] = order  # expect: SLS101:5
    return {"statusCode": 201}


def on_cancel(event, context):
    orders.pop(event["id"], None)  # expect: SLS101:5


def helper_not_named(event):
    hooks.append(event)
