"""Handlers under Powertools' utility decorators (event_source, event_parser, idempotent,
validator) or with a typed context: entries whatever their names."""

from functools import lru_cache

from aws_lambda_powertools.utilities.data_classes import S3Event, event_source
from aws_lambda_powertools.utilities.idempotency import (
    DynamoDBPersistenceLayer,
    idempotent,
)
from aws_lambda_powertools.utilities.parser import BaseModel, event_parser
from aws_lambda_powertools.utilities.typing import LambdaContext
from aws_lambda_powertools.utilities.validation import validator

persistence_layer = DynamoDBPersistenceLayer(table_name="IdempotencyTable")
uploaded_keys = []
payments = {}
thumbnails_by_user = {}


class Order(BaseModel):
    id: str
    user_id: str


@event_source(data_class=S3Event)
def on_upload(event: S3Event, context):
    for record in event.records:
        uploaded_keys.append(record.s3.get_object.key)  # expect: SLS101:9


@idempotent(persistence_store=persistence_layer)
def charge(event, context):
    payments[event["payment_id"]] = event["amount"]  # expect: SLS101:5


@event_parser(model=Order)
def on_order(event: Order, context: LambdaContext):
    return profile(event.user_id)


@lru_cache(maxsize=1024)  # expect: SLS105:2
def profile(user_id: str):
    return {"user": user_id}


@validator(inbound_schema={"type": "object"})
def validated(event, context):
    return event


def make_thumbnail(event: dict, context: LambdaContext) -> dict:
    thumbnails_by_user[event["user"]] = event["key"]  # expect: SLS101:5
    return {"ok": True}
