"""Tornado login with sessions in a module dict versus secure cookies."""

import secrets

import tornado.web

sessions: dict[str, str] = {}
logged_in = set()


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        user = self.get_body_argument("username")
        sid = secrets.token_hex(16)
        sessions[sid] = user  # expect: SLS103:9
        logged_in.add(user)  # expect: SLS103:9
        self.set_cookie("sid", sid)


class SecureLoginHandler(tornado.web.RequestHandler):
    # Signed cookie: the client carries the session.
    def post(self):
        self.set_signed_cookie("user", self.get_body_argument("username"))


class LogoutHandler(tornado.web.RequestHandler):
    def post(self):
        user = sessions.pop(self.get_cookie("sid", ""), None)  # expect: SLS103:16
        logged_in.discard(user)  # expect: SLS103:9
        self.clear_cookie("sid")
