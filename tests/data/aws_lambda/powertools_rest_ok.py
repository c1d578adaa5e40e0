"""Per-request state where Powertools keeps it: append_context (cleared after each request),
the current event, Logger keys; data in DynamoDB through a module-level table."""

import os

import boto3
from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities import parameters

logger = Logger()
metrics = Metrics()
app = APIGatewayHttpResolver()
table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
ALLOWED_STATUSES = {"open", "done"}
routes_seen = []
routes_seen.append("/todos")  # import time


def authenticate(app: APIGatewayHttpResolver, next_middleware: NextMiddleware):
    claims = app.current_event.request_context.authorizer.jwt_claim
    app.append_context(user_id=claims["sub"], is_admin="admins" in claims.get("groups", ""))
    logger.append_keys(user_id=claims["sub"])
    return next_middleware(app)


app.use(middlewares=[authenticate])


@app.post("/todos")
def create_todo():
    todo = app.current_event.json_body
    if todo["status"] not in ALLOWED_STATUSES:
        return {"error": "bad status"}, 400
    todo["owner"] = app.context["user_id"]
    table.put_item(Item=todo)
    metrics.add_metric(name="TodoCreated", unit=MetricUnit.Count, value=1)
    return todo


@app.get("/config")
def config():
    # Parameters are fetched and cached by Powertools (max_age), not by the project.
    return {"flags": parameters.get_parameter("/todos/flags", transform="json")}


def lambda_handler(event, context):
    return app.resolve(event, context)
