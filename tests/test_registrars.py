"""The registrar search's cheap look at a module's bytes (request scope across modules).

Every module near a linted one is read, and only those that hold a registering call are
parsed: the look must admit every registration form (a miss loses the handlers another
module registers) and leave out every-day code (each false admission costs a parse).
"""

from __future__ import annotations

import re

import pytest

from flake8_stateless.scope.registrars import _REGISTERING, _alternation


def registers(source: str) -> bool:
    data = source.encode()
    return any(pattern.search(data) for pattern in _REGISTERING)


@pytest.mark.parametrize(
    "source",
    [
        'urlpatterns = [path("cart/", endpoints.cart)]',
        're_path(r"^old/$", views.old)',
        'app.add_url_rule("/", view_func=views.index)',
        'router.add_api_route("/items", items.create, methods=["POST"])',
        'routes = [Route("/", endpoints.homepage)]',
        'app.router.add_get("/", handlers.index)',
        'ROUTES = [web.get("/pages", views.pages), web.post("/visits/{page}", views.count)]',
        'app.router.add("GET", "/", views.index)',
        "app.middlewares.append(auth.middleware)",
        "mcp.add_tool(tools.search)",
        "mcp.tool()(session.start_session)",
        'sio.on("message", chat.on_message)',
        'query.set_field("hello", resolvers.hello)',
        "books: list[Book] = strawberry.field(resolvers.get_books)",
        "books: list[Book] = strawberry.field(resolver=get_books)",
        'app.route("/items")(views.items)',
        "user = graphene.Field(User, resolver=resolvers.get_user)",
        "add_GreeterServicer_to_server(servicers.Greeter(), server)",
        "def read(user=Depends(deps.current_user)): ...",
    ],
)
def test_every_registration_form_is_admitted(source: str) -> None:
    assert registers(source)


@pytest.mark.parametrize(
    "source",
    [
        "rows.append(row)",
        "seen.add(user_id)",
        "queue.insert(0, job)",
        "name: str = Field(default='', max_length=40)",
        "total: int = Field(...)",
        "meta = model._meta.get_field(name)",
        'timeout = settings.get("TIMEOUT", default)',
        'response = client.get("/items", params={"page": 2})',
        'requests.post(f"/api/{uid}", json=payload)',
        '"""Return the path (relative to the root) of the file."""',
        "handler = method_decorator(login_required)(view)",
        "result = getattr(backend, name)(request)",
        "value = self.field(self)",
    ],
)
def test_every_day_code_is_left_out(source: str) -> None:
    assert not registers(source)


@pytest.mark.parametrize(
    "words",
    [
        {"add_get", "add_post", "add_route", "add", "on", "on_event", "route"},
        {"path", "re_path", "Route", "Router", "APIRoute", "APIWebSocketRoute"},
        {"a", "ab", "abc", "b"},
    ],
)
def test_alternation_matches_exactly_its_words(words: set[str]) -> None:
    whole = re.compile(f"{_alternation(words)}$")
    candidates = {*words, *(w[:-1] for w in words), *(w + "x" for w in words), "", "zz"}
    assert {c for c in candidates if whole.match(c)} == words
