"""Tornado: application.settings is shared by every handler instance (SLS108 on writes)."""

import tornado.web


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self):
        return self.get_secure_cookie("user")


class SettingsHandler(BaseHandler):
    def post(self):
        self.application.settings["debug"] = self.get_argument("debug") == "1"  # expect: SLS108:9
        self.settings["theme"] = self.get_argument("theme")  # expect: SLS108:9
        self.write({"ok": True})


class ProfileHandler(BaseHandler):
    """No findings: settings are read; per-request data lives on the handler instance."""

    def initialize(self, db):
        self.db = db

    def prepare(self):
        self.theme = self.settings.get("theme", "light")
        self.options = dict(self.application.settings)
        self.options["theme"] = self.theme

    def get(self, user_id):
        self.write({"id": user_id, "theme": self.theme, "debug": self.settings["debug"]})


def make_app():
    # Setup: settings given or changed before serving. No findings.
    app = tornado.web.Application(
        [(r"/settings", SettingsHandler), (r"/users/(\d+)", ProfileHandler, {"db": None})],
        cookie_secret="change-me",
        theme="light",
    )
    app.settings["debug"] = False
    return app
