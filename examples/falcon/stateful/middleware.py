"""Falcon middleware and a resource that keep the current request's data on ``self``.

What is wrong: Falcon creates one middleware object and one resource object when the app
is built, and every request of every thread or task goes through those same objects.
``AuthMiddleware.process_request`` stores the caller on ``self.current_user`` and the
resource stores the request id on ``self.request_id``: with two requests in flight, one
reads the other's user (SLS106). ``ReportResource.recent`` is a list in the class body that
every request appends to: shared by every instance, lost on restart and different on each
worker (SLS107).
"""

import uuid

import falcon


class AuthMiddleware:
    def process_request(self, req: falcon.Request, resp: falcon.Response) -> None:
        token = req.get_header("Authorization", default="")
        self.current_user = token.removeprefix("Bearer ") or "anonymous"


class ReportResource:
    recent: list[str] = []

    def __init__(self, auth: AuthMiddleware) -> None:
        self.auth = auth

    def on_get(self, req: falcon.Request, resp: falcon.Response) -> None:
        self.request_id = str(uuid.uuid4())
        self.recent.append(self.request_id)
        resp.media = {
            "user": self.auth.current_user,
            "request": self.request_id,
            "recent": self.recent[-10:],
        }


auth = AuthMiddleware()
app = falcon.App(middleware=[auth])
app.add_route("/reports", ReportResource(auth))
