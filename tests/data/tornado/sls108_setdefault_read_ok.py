"""A Tornado chat server (shaped like a real one): stores made at start-up, reached per request
through ``self.settings.setdefault(key, default)``: a read with a default, not a write.
Writing the request's data into what it returns is SLS108."""

import tornado.web
import tornado.websocket


class BaseHandler(tornado.web.RequestHandler):
    @property
    def users(self):
        # The key is set in make_app(): setdefault only reads it back.
        return self.settings.setdefault("users", {})

    @property
    def rooms(self):
        return self.application.settings.setdefault("rooms", [])

    def get_current_user(self):
        return self.users.get(self.get_secure_cookie("uid"))


class RoomsHandler(BaseHandler):
    def get(self):
        self.write({"rooms": list(self.rooms)})


class PreferencesHandler(BaseHandler):
    def post(self):
        # A default that carries the request's own data is a write.
        self.settings.setdefault("last_theme", self.get_argument("theme"))  # expect: SLS108:9
        # And so is writing into what setdefault returned.
        self.settings.setdefault("themes", {})[self.current_user] = "dark"  # expect: SLS108:9
        self.write({"ok": True})


def make_app():
    return tornado.web.Application(
        [(r"/rooms", RoomsHandler), (r"/preferences", PreferencesHandler)],
        users={},
        rooms=["general"],
        cookie_secret="change-me",
    )
