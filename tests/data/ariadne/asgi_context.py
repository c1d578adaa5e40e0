"""The context_value callable given to ariadne.asgi.GraphQL is "called for every request"
(SLS101, SLS103); so is a callable root_value; the WSGI app takes the same."""

from ariadne import QueryType, make_executable_schema
from ariadne.asgi import GraphQL
from ariadne.wsgi import GraphQL as WSGIGraphQL

query = QueryType()
schema = make_executable_schema("type Query { hello: String }", query)
known_tokens = {}
client_versions = []


def get_context_value(request, data):
    token = request.headers.get("authorization", "")
    known_tokens[token] = request.client.host  # expect: SLS103:5
    return {"request": request, "token": token}


def get_root_value(context, document):
    client_versions.append(context["request"].headers.get("x-client-version"))  # expect: SLS101:5
    return {}


def get_wsgi_context(environ, data):
    known_tokens[environ.get("HTTP_AUTHORIZATION", "")] = environ["REMOTE_ADDR"]  # expect: SLS103:5
    return {"environ": environ}


app = GraphQL(schema, context_value=get_context_value, root_value=get_root_value)
wsgi_app = WSGIGraphQL(schema, context_value=get_wsgi_context)
