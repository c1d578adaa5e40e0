"""The same Lambda orders API, stateless: orders in DynamoDB through a module-level table
(made once per environment, as AWS recommends), idempotency kept by Powertools in DynamoDB,
no per-customer cache, and the invocation count as a CloudWatch metric."""

import os
import uuid

import boto3
from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    idempotent_function,
)
from aws_lambda_powertools.utilities.typing import LambdaContext

logger = Logger()
metrics = Metrics(namespace="Orders")
app = APIGatewayRestResolver()
table = boto3.resource("dynamodb").Table(os.environ["ORDERS_TABLE"])
persistence = DynamoDBPersistenceLayer(table_name=os.environ["IDEMPOTENCY_TABLE"])


@idempotent_function(data_keyword_argument="order", persistence_store=persistence)
def store_order(order: dict) -> dict:
    order_id = str(uuid.uuid4())
    table.put_item(Item={"id": order_id, **order})
    return {"id": order_id}


@app.post("/orders")
def create_order():
    body = app.current_event.json_body
    return store_order(order={"customer": body["customer_id"], "items": body["items"]})


@app.get("/orders/<order_id>")
def get_order(order_id: str):
    return table.get_item(Key={"id": order_id}).get("Item", {})


@logger.inject_lambda_context
@metrics.log_metrics
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    metrics.add_metric(name="Invocations", unit=MetricUnit.Count, value=1)
    return app.resolve(event, context)
