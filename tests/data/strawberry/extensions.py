"""Strawberry schema extensions: given as a class, one instance is made per request, so
self.x in a hook is fine (docs/guides/custom-extensions.md); a module container written
from a hook is shared by every request (SLS101, SLS105)."""

import time

import strawberry
from strawberry.extensions import SchemaExtension

slow_queries = []
parsed_documents_cache = {}


class Timing(SchemaExtension):
    def on_operation(self):
        self.started = time.perf_counter()
        yield
        self.elapsed = time.perf_counter() - self.started
        if self.elapsed > 1.0:
            slow_queries.append(self.execution_context.query)  # expect: SLS101:13

    def on_parse(self):
        yield
        query = self.execution_context.query
        parsed_documents_cache[query] = self.execution_context.graphql_document  # expect: SLS105:9

    def get_results(self):
        return {"elapsed": self.elapsed}


@strawberry.type
class Query:
    hello: str = "world"


schema = strawberry.Schema(query=Query, extensions=[Timing])
