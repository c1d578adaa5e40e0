"""Strawberry on FastAPI (docs/integrations/fastapi.md): the context_getter and
root_value_getter given to GraphQLRouter run per request (SLS101, SLS103)."""

import strawberry
from fastapi import Depends, FastAPI, Request
from strawberry.fastapi import GraphQLRouter

seen_users = set()
user_sessions = {}


async def current_user(request: Request) -> str:
    user = request.headers.get("x-user", "")
    user_sessions[request.cookies.get("session_id", "")] = user  # expect: SLS103:5
    return user


async def get_context(request: Request, user: str = Depends(current_user)) -> dict:
    seen_users.add(user)  # expect: SLS101:5
    return {"request": request, "user": user}


def get_root_value() -> dict:
    return {"served_by": "api"}


@strawberry.type
class Query:
    @strawberry.field
    def me(self, info: strawberry.Info) -> str:
        return info.context["user"]


schema = strawberry.Schema(query=Query)
graphql_app = GraphQLRouter(schema, context_getter=get_context, root_value_getter=get_root_value)

app = FastAPI()
app.include_router(graphql_app, prefix="/graphql")
