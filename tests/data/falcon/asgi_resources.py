"""Falcon ASGI resources with a base class."""

import falcon.asgi

likes: dict[str, int] = {}
reporters = set()


class BaseResource:
    def key(self, req) -> str:
        return req.get_param("post", required=True)


class LikeResource(BaseResource):
    async def on_post(self, req, resp):
        key = self.key(req)
        likes[key] = likes.get(key, 0) + 1  # expect: SLS101:9
        resp.media = {"likes": likes[key]}

    async def on_get(self, req, resp):
        resp.media = {"likes": likes.get(self.key(req), 0)}


class ReportResource(BaseResource):
    async def on_put(self, req, resp):
        reporters.add(req.remote_addr)  # expect: SLS101:9
        resp.media = {"reporters": len(reporters)}


app = falcon.asgi.App()
app.add_route("/likes", LikeResource())
app.add_route("/reports", ReportResource())
