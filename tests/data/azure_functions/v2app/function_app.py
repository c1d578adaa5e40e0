"""A v2 Python app (function_app.py): an HTTP route stacked under function_name, a queue
trigger and a timer, each keeping state in the instance; blueprints registered below."""

import datetime
import logging

import azure.functions as func

from blueprints import orders_bp

app = func.FunctionApp(http_auth_level=func.AuthLevel.FUNCTION)
app.register_functions(orders_bp)

page_views = {}
processed = []
last_run = None


@app.function_name(name="CountViews")
@app.route(route="views/{page}", methods=["POST"])
def count_views(req: func.HttpRequest) -> func.HttpResponse:
    page = req.route_params["page"]
    page_views[page] = page_views.get(page, 0) + 1  # expect: SLS101:5
    return func.HttpResponse(str(page_views[page]))


@app.queue_trigger(arg_name="msg", queue_name="orders", connection="AzureWebJobsStorage")
@app.blob_output(arg_name="receipt", path="receipts/{id}.json", connection="AzureWebJobsStorage")
def process_order(msg: func.QueueMessage, receipt: func.Out[str]) -> None:
    processed.append(msg.id)  # expect: SLS101:5
    receipt.set(msg.get_body().decode())


@app.schedule(schedule="0 */5 * * * *", arg_name="timer", run_on_startup=False)
def cleanup(timer: func.TimerRequest) -> None:
    global last_run  # expect: SLS102:5
    last_run = datetime.datetime.utcnow()
    logging.info("cleanup at %s", last_run)
