"""Falcon resources using req.context, a DB session and constants. No findings."""

import logging
import re

import falcon
from sqlalchemy import create_engine, text

logger = logging.getLogger(__name__)
engine = create_engine("postgresql://localhost/app")
EMAIL_RE = re.compile(r"[^@]+@[^@]+")
DEFAULT_PROFILE = {"newsletter": False}


class AuthMiddleware:
    def process_request(self, req, resp):
        req.context.user = req.get_header("X-User")


class ProfileResource:
    def __init__(self, engine):
        self.engine = engine

    def on_get(self, req, resp, user_id):
        with self.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM profiles WHERE id=:id"), {"id": user_id}).first()
        profile = dict(DEFAULT_PROFILE)
        profile.update(row._mapping if row else {})
        resp.media = profile

    def on_put(self, req, resp, user_id):
        data = req.get_media()
        if not EMAIL_RE.match(data.get("email", "")):
            raise falcon.HTTPBadRequest(title="bad email")
        with self.engine.begin() as conn:
            conn.execute(text("UPDATE profiles SET email=:e WHERE id=:id"), {"e": data["email"], "id": user_id})
        req.context.updated = True
        logger.info("profile %s updated by %s", user_id, req.context.user)
        resp.status = falcon.HTTP_204


app = falcon.App(middleware=[AuthMiddleware()])
app.add_route("/profiles/{user_id:int}", ProfileResource(engine))
