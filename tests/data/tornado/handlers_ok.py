"""Tornado handlers using initialize() per request, settings and a DB pool. No findings."""

import logging

import tornado.web
from tornado.options import define, options

define("page_size", default=20)
logger = logging.getLogger("tornado.application")
DEFAULT_FILTERS = {"status": "open"}


class BaseHandler(tornado.web.RequestHandler):
    def initialize(self, db):
        # One handler instance per request: attributes set here are per request.
        self.db = db
        self.filters = dict(DEFAULT_FILTERS)

    def get_current_user(self):
        return self.get_signed_cookie("user")


class TicketsHandler(BaseHandler):
    async def get(self):
        self.filters["owner"] = self.current_user
        rows = await self.db.fetch("SELECT * FROM tickets LIMIT $1", options.page_size)
        debug = self.application.settings.get("debug", False)
        logger.info("tickets for %s (debug=%s)", self.current_user, debug)
        self.write({"tickets": [dict(r) for r in rows], "filters": self.filters})


def make_app(db):
    return tornado.web.Application(
        [(r"/tickets", TicketsHandler, {"db": db})],
        cookie_secret="change-me",
    )
