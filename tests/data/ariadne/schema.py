"""An Ariadne schema whose resolvers keep users' data in module containers (SLS101,
SLS103, SLS105): @query.field / @mutation.field resolvers run per field per operation."""

import secrets

from ariadne import MutationType, QueryType, gql, make_executable_schema

type_defs = gql("""
    type Query { me: String!  product(id: ID!): String }
    type Mutation { login(username: String!, password: String!): String  logout: Boolean }
""")

query = QueryType()
mutation = MutationType()
sessions = {}
product_cache = {}
page_views = []


@query.field("me")
def resolve_me(obj, info):
    page_views.append(info.context["request"].url.path)  # expect: SLS101:5
    return sessions.get(info.context["request"].cookies.get("sid"), "anonymous")


@query.field("product")
async def resolve_product(obj, info, id):
    if id not in product_cache:
        product_cache[id] = await info.context["db"].fetch_product(id)  # expect: SLS105:9
    return product_cache[id]


@mutation.field("login")
def resolve_login(obj, info, username, password):
    sid = secrets.token_urlsafe()
    sessions[sid] = username  # expect: SLS103:5
    return sid


@mutation.field("logout")
def resolve_logout(obj, info):
    sessions.pop(info.context["request"].cookies.get("sid"), None)  # expect: SLS103:5
    return True


schema = make_executable_schema(type_defs, query, mutation)
