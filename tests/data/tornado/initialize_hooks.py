"""Tornado: initialize() runs for every request; handler kwargs come from the URL spec."""

import tornado.web

handler_inits: list[str] = []
on_finish_paths = []


class TrackedHandler(tornado.web.RequestHandler):
    def initialize(self, name: str):
        self.name = name
        handler_inits.append(name)  # expect: SLS101:9

    def on_finish(self):
        # Not in the rules' list of request-scope methods; only reads here anyway.
        len(on_finish_paths)

    def get(self):
        self.write({"name": self.name, "inits": len(handler_inits)})


def make_app():
    return tornado.web.Application([tornado.web.url(r"/t", TrackedHandler, {"name": "t"})])
