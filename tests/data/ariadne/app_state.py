"""An Ariadne resolver under Starlette writing the application's state through the
request in info.context (SLS108); request.state is the request's own."""

from ariadne import MutationType, make_executable_schema
from ariadne.asgi import GraphQL
from starlette.applications import Starlette

mutation = MutationType()


@mutation.field("setMaintenance")
def resolve_set_maintenance(_, info, enabled):
    request = info.context["request"]
    request.app.state.maintenance = enabled  # expect: SLS108:5
    request.state.checked = True
    return enabled


schema = make_executable_schema(
    "type Query { ok: Boolean } type Mutation { setMaintenance(enabled: Boolean!): Boolean }",
    mutation,
)
app = Starlette()
app.mount("/graphql", GraphQL(schema))
