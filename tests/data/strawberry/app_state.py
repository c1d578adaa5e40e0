"""A resolver reaching the application's state through the request in info.context
(Strawberry's ASGI app under Starlette) writes state every request shares (SLS108, as in
FastAPI: frameworks.md C.4); the request's own state is per request."""

import strawberry
from strawberry.asgi import GraphQL
from strawberry.types import Info


@strawberry.type
class Mutation:
    @strawberry.mutation
    def set_banner(self, info: Info, text: str) -> str:
        info.context["request"].app.state.banner = text  # expect: SLS108:9
        request = info.context["request"]
        request.app.state.editors.append(request.user)  # expect: SLS108:9
        request.state.banner_set = True
        return text


@strawberry.type
class Query:
    hello: str = "world"


app = GraphQL(strawberry.Schema(query=Query, mutation=Mutation))
