"""Per-request state where Strawberry keeps it: info.context, the root value, the
extension instance, a view made per request. No findings."""

import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.fastapi import GraphQLRouter
from strawberry.flask.views import GraphQLView
from strawberry.types import Info


class RequestTimer(SchemaExtension):
    def on_operation(self):
        self.queries = []
        self.queries.append(self.execution_context.query)
        yield
        self.execution_context.context["queries"] = self.queries


class Root:
    def __init__(self):
        self.visits = []


def get_root_value() -> Root:
    return Root()


async def get_context() -> dict:
    return {"loaders": {}, "seen": set()}


@strawberry.type
class Query:
    @strawberry.field
    def me(self, info: Info) -> str:
        info.context["seen"].add("me")
        info.context["loaders"]["user"] = object()
        return "me"

    @strawberry.field
    def visit(self, info: Info) -> int:
        root = info.root_value
        root.visits.append("visit")
        self.last_visit = len(root.visits)  # self is the parent value of this operation
        return self.last_visit


class FlaskGraphQLView(GraphQLView):
    def get_context(self, request, response):
        self.user = request.headers.get("x-user")  # a Flask view is made per request
        return {"request": request, "response": response, "user": self.user}


schema = strawberry.Schema(query=Query, extensions=[RequestTimer])
graphql_app = GraphQLRouter(schema, context_getter=get_context, root_value_getter=get_root_value)
