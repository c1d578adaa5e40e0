"""An AWS Lambda orders API (aws-lambda-powertools REST resolver, SAM ``Handler:
app.lambda_handler``) that keeps state in the execution environment.

One environment runs invocation after invocation, so globals survive warm invocations; but
each concurrent request gets its own environment, and a recycled one starts empty:

- orders live in a module-level dict (SLS101): another environment does not have them;
- an idempotency set of seen request ids (SLS101): a retry reaching another environment
  charges twice;
- a per-customer cache filled by the handler (SLS105): stale and different per environment;
- ``global invocations`` counted per environment (SLS102).
"""

import json
import uuid

from aws_lambda_powertools import Logger
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
app = APIGatewayRestResolver()

orders = {}
seen_request_ids = set()
customer_cache = {}
invocations = 0


@app.post("/orders")
def create_order():
    body = app.current_event.json_body
    request_id = app.current_event.headers.get("idempotency-key")
    if request_id in seen_request_ids:
        return {"duplicate": True}
    seen_request_ids.add(request_id)
    order_id = str(uuid.uuid4())
    orders[order_id] = {"customer": body["customer_id"], "items": body["items"]}
    customer_cache[body["customer_id"]] = body.get("customer", {})
    return {"id": order_id}


@app.get("/orders/<order_id>")
def get_order(order_id: str):
    return orders.get(order_id, {})


@logger.inject_lambda_context
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    global invocations
    invocations += 1
    logger.info(json.dumps({"invocations": invocations}))
    return app.resolve(event, context)
