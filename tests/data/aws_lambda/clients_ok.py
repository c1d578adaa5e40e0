"""What AWS recommends doing outside the handler: clients, configuration and secrets fetched
once, lazily created connections, files under /tmp. Nothing here is per-request state."""

import json
import os

import boto3

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(os.environ["TABLE_NAME"])
s3 = boto3.client("s3")
secrets_client = boto3.client("secretsmanager")
TABLE_NAME = os.environ["TABLE_NAME"]

_config = {}
_redis = None


def get_redis():
    global _redis
    if _redis is None:
        import redis

        _redis = redis.Redis.from_url(os.environ["REDIS_URL"])
    return _redis


def api_key():
    if "api_key" not in _config:
        _config["api_key"] = secrets_client.get_secret_value(SecretId="api-key")["SecretString"]
    return _config["api_key"]


def lambda_handler(event, context):
    order = json.loads(event["body"])
    order["api_key_set"] = bool(api_key())
    table.put_item(Item=order)
    with open(f"/tmp/{context.aws_request_id}.json", "w") as scratch:
        json.dump(order, scratch)
    s3.upload_file(f"/tmp/{context.aws_request_id}.json", "orders", order["id"])
    get_redis().incr("orders")
    return {"statusCode": 201, "body": json.dumps(order)}
