"""Per-request state where Ariadne keeps it: info.context (a fresh dict per request, from
context_value), the parent value a resolver receives, a root value made per request.
No findings."""

from ariadne import ObjectType, QueryType, make_executable_schema
from ariadne.asgi import GraphQL

query = QueryType()
user = ObjectType("User")
ROOT_FIELDS = ("me", "viewer")


def get_context_value(request, data):
    return {"request": request, "loaders": {}, "seen": set()}


def get_root_value(context, document):
    return {"visits": []}


@query.field("me")
def resolve_me(root, info):
    info.context["seen"].add("me")
    info.context["loaders"]["user"] = object()
    root["visits"].append("me")
    return {"id": info.context["request"].headers.get("x-user", "")}


@user.field("displayName")
def resolve_display_name(obj, info):
    obj["display_name"] = obj.get("name", "").title()
    names = [obj["display_name"]]
    names.append("(you)")
    return " ".join(names)


schema = make_executable_schema(
    "type Query { me: User viewer: User } type User { id: ID displayName: String }", query, user
)
app = GraphQL(schema, context_value=get_context_value, root_value=get_root_value)
