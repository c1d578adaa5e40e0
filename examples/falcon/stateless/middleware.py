"""Falcon middleware and a resource that keep each request's data on the request.

What makes it healthy: the middleware and the resource are made once and serve every
request, so they keep nothing of a request on ``self``. The caller goes into
``req.context``, which Falcon makes per request; the request id is a local variable; the
recent reports are rows in PostgreSQL that every worker reads, written through the engine
given once in ``__init__``.
"""

import os
import uuid

import falcon
from sqlalchemy import Engine, create_engine, text

RECENT = "SELECT id FROM reports WHERE user_name = :u ORDER BY created DESC LIMIT 10"


class AuthMiddleware:
    def process_request(self, req: falcon.Request, resp: falcon.Response) -> None:
        token = req.get_header("Authorization", default="")
        req.context.user = token.removeprefix("Bearer ") or "anonymous"


class ReportResource:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        request_id = str(uuid.uuid4())
        with self.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO reports (id, user_name) VALUES (:i, :u)"),
                {"i": request_id, "u": req.context.user},
            )
            recent = conn.execute(text(RECENT), {"u": req.context.user}).scalars().all()
        resp.media = {"user": req.context.user, "request": request_id, "recent": recent}


engine = create_engine(os.environ["DATABASE_URL"])
app = falcon.App(middleware=[AuthMiddleware()])
app.add_route("/reports", ReportResource(engine))
