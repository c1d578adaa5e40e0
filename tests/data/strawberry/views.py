"""get_context/get_root_value of Strawberry's integration views: the ASGI app and the
aiohttp view are one object serving every request (SLS106); their module state is
SLS101 whatever the view's lifetime."""

import strawberry
from strawberry.aiohttp.views import GraphQLView as AiohttpGraphQLView
from strawberry.asgi import GraphQL
from strawberry.django.views import GraphQLView as DjangoGraphQLView

request_log = []


@strawberry.type
class Query:
    hello: str = "world"


class MyGraphQL(GraphQL):
    async def get_context(self, request, response):
        self.last_request = request  # expect: SLS106:9
        return {"request": request, "response": response, "user": request.user}

    async def get_root_value(self, request):
        self.roots = getattr(self, "roots", 0) + 1  # expect: SLS106:9
        return None


class MyAiohttpView(AiohttpGraphQLView):
    async def get_context(self, request, response):
        self.current_user = request.get("user")  # expect: SLS106:9
        return {"request": request, "response": response}


class MyDjangoView(DjangoGraphQLView):
    def get_context(self, request, response):
        request_log.append(request.path)  # expect: SLS101:9
        self.request_user = request.user  # one view instance per request (as_view): fine
        return {"request": request, "response": response, "user": self.request_user}


schema = strawberry.Schema(query=Query)
app = MyGraphQL(schema)
