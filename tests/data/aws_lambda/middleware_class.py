"""A class-based Powertools middleware (docs/core/event_handler/api_gateway.md, "Class
based middleware"): the one instance given to use() serves every request."""

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response
from aws_lambda_powertools.event_handler.middlewares import BaseMiddlewareHandler, NextMiddleware

app = APIGatewayRestResolver()


class CorrelationMiddleware(BaseMiddlewareHandler):
    def __init__(self, header: str):
        super().__init__()
        self.header = header
        self.seen = []

    def handler(self, app: APIGatewayRestResolver, next_middleware: NextMiddleware) -> Response:
        self.current_id = app.current_event.headers.get(self.header)  # expect: SLS106:9
        self.seen.append(self.current_id)  # expect: SLS106:9
        app.append_context(correlation_id=self.current_id)
        return next_middleware(app)


app.use(middlewares=[CorrelationMiddleware(header="x-correlation-id")])


@app.get("/ping")
def ping():
    return {"correlation_id": app.context.get("correlation_id")}


def lambda_handler(event, context):
    return app.resolve(event, context)
