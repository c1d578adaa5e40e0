"""Parameters and secrets fetched once per instance (frameworks.md C.5: must not fire), by a
helper every call gives a literal name; the same shape keyed by the request's data is a
per-instance cache of user data."""

import json
import os

import boto3

ssm = boto3.client("ssm")
secrets = boto3.client("secretsmanager")
dynamodb = boto3.resource("dynamodb")
_parameters = {}
_secret_values = {}
_DB_SECRET = "orders/db"
price_cache = {}


def get_parameter(name, decrypt=False):
    if name not in _parameters:
        response = ssm.get_parameter(Name=name, WithDecryption=decrypt)
        _parameters[name] = response["Parameter"]["Value"]
    return _parameters[name]


def get_secret(secret_id):
    value = _secret_values.get(secret_id)
    if value is None:
        value = secrets.get_secret_value(SecretId=secret_id)["SecretString"]
        _secret_values[secret_id] = value
    return value


def get_price(sku):
    if sku not in price_cache:
        item = dynamodb.Table(get_parameter("/orders/prices-table")).get_item(Key={"sku": sku})
        price_cache[sku] = item["Item"]["price"]  # expect: SLS105:9
    return price_cache[sku]


def lambda_handler(event, context):
    table = get_parameter("/orders/table")
    api_key = get_parameter("/orders/api-key", decrypt=True)
    password = get_secret(_DB_SECRET)
    body = json.loads(event["body"])
    total = sum(get_price(line["sku"]) * line["quantity"] for line in body["lines"])
    return {"table": table, "signed": bool(api_key and password), "total": total, "env": os.environ.get("STAGE")}
