# options: entry_points=create:create_order,orders.create:*
"""The same function in a module no pattern names: not an entry point ('create' is not this
module, and 'orders.create:*' names orders/create.py only)."""

import json

orders = {}


def create_order(event, context):
    order = json.loads(event["body"])
    orders[order["id"]] = order
    return {"statusCode": 201}
