"""A blueprint (func.Blueprint, registered with app.register_functions): its triggers are
request scope like the app's."""

import json

import azure.functions as func

orders_bp = func.Blueprint()
user_sessions = {}
price_cache = {}


@orders_bp.route(route="login", methods=["POST"])
def login(req: func.HttpRequest) -> func.HttpResponse:
    body = req.get_json()
    user_sessions[body["session_id"]] = body["user"]  # expect: SLS103:5
    return func.HttpResponse(status_code=204)


@orders_bp.service_bus_queue_trigger(arg_name="msg", queue_name="prices", connection="Bus")
def on_price(msg: func.ServiceBusMessage) -> None:
    update = json.loads(msg.get_body())
    price_cache[update["sku"]] = update["price"]  # expect: SLS105:5


@orders_bp.event_grid_trigger(arg_name="event")
def on_event(event: func.EventGridEvent) -> None:
    price_cache[event.subject] = event.get_json()["price"]  # expect: SLS105:5
