"""Sanic app factory with handlers and state inside."""

from sanic import Sanic, json


def create_app(name: str = "Factory") -> Sanic:
    app = Sanic(name)
    likes: dict[str, int] = {}
    ROUTES = ("like", "likes")

    @app.post("/like/<post_id>")
    async def like(request, post_id: str):
        likes[post_id] = likes.get(post_id, 0) + 1  # expect: SLS101:9
        return json({"likes": likes[post_id]})

    @app.get("/likes")
    async def all_likes(request):
        return json({"likes": likes, "routes": ROUTES})

    return app
