"""Module-level Application with routes and settings built at import. No findings."""

import os

import tornado.web

HANDLERS: list[tuple] = []
SETTINGS = {"debug": False}


def route(pattern: str):
    def register(cls):
        HANDLERS.append((pattern, cls))
        return cls

    return register


@route(r"/")
class IndexHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"routes": [p for p, _ in HANDLERS], "debug": SETTINGS["debug"]})


if os.environ.get("DEBUG"):
    SETTINGS["debug"] = True
SETTINGS.update(static_path=os.path.join(os.path.dirname(__file__), "static"))
application = tornado.web.Application(HANDLERS, **SETTINGS)
