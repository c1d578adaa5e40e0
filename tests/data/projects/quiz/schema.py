"""An Ariadne schema whose resolvers live in resolvers.py."""

from ariadne import QueryType, make_executable_schema

from quiz import resolvers

query = QueryType()
query.set_field("answer", resolvers.resolve_answer)
schema = make_executable_schema("type Query { answer(q: String!): String }", query)
