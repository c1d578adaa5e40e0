"""A middleware made with lambda_handler_decorator (docs/utilities/middleware_factory.md):
its body and the handler it decorates run per invocation, whatever the handler is called."""

from aws_lambda_powertools.middleware_factory import lambda_handler_decorator

request_ids = []
orders = {}


@lambda_handler_decorator
def track_requests(handler, event, context):
    request_ids.append(context.aws_request_id)  # expect: SLS101:5
    return handler(event, context)


@lambda_handler_decorator(trace_execution=True)
def obfuscate_sensitive_data(handler, event, context, fields=None):
    for field in fields or []:
        event.pop(field, None)
    return handler(event, context)


@track_requests
@obfuscate_sensitive_data(fields=["card_number"])
def place_order(event, context):
    orders[event["order_id"]] = event  # expect: SLS101:5
    return {"statusCode": 201}


def not_decorated(event):
    orders.clear()
