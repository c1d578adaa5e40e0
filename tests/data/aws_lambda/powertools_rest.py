"""A Powertools REST API (examples/event_handler_rest): routes on an APIGatewayRestResolver
and a Router, a middleware, and the entry under Logger, Tracer and Metrics decorators."""

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.api_gateway import Router
from aws_lambda_powertools.event_handler.middlewares import NextMiddleware
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.utilities.typing import LambdaContext

tracer = Tracer()
logger = Logger()
metrics = Metrics(namespace="Todos")
app = APIGatewayRestResolver()
router = Router()

todos = {}
active_sessions = {}
audit_log = []
calls_by_caller = {}


@app.get("/todos/<todo_id>")
@tracer.capture_method
def get_todo(todo_id: str):
    return todos.get(todo_id, {})


@app.post("/todos")
def create_todo():
    todo = app.current_event.json_body
    todos[todo["id"]] = todo  # expect: SLS101:5
    return todo


@app.route("/todos/<todo_id>", method=["PUT", "PATCH"])
def update_todo(todo_id: str):
    todos[todo_id].update(app.current_event.json_body)  # expect: SLS101:5
    return todos[todo_id]


@router.post("/login")
def login():
    body = router.current_event.json_body
    active_sessions[body["token"]] = body["user"]  # expect: SLS103:5
    return {"ok": True}


def audit(app: APIGatewayRestResolver, next_middleware: NextMiddleware) -> Response:
    audit_log.append(app.current_event.path)  # expect: SLS101:5
    return next_middleware(app)


def count_caller(app: APIGatewayRestResolver, next_middleware: NextMiddleware) -> Response:
    caller = app.current_event.request_context.identity.source_ip
    calls_by_caller[caller] = calls_by_caller.get(caller, 0) + 1  # expect: SLS101:5
    return next_middleware(app)


@app.delete("/todos/<todo_id>", middlewares=[count_caller])
def delete_todo(todo_id: str):
    return {"deleted": todo_id}


app.use(middlewares=[audit])
app.include_router(router, prefix="/auth")


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def main(event: dict, context: LambdaContext) -> dict:
    return app.resolve(event, context)
