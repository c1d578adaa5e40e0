"""Falcon login resource with a module-level session store."""

import secrets

import falcon

sessions: dict[str, str] = {}
refresh_tokens = {}


class LoginResource:
    def on_post(self, req, resp):
        data = req.get_media()
        sid = secrets.token_hex(16)
        sessions[sid] = data["username"]  # expect: SLS103:9
        refresh_tokens[secrets.token_hex(16)] = sid  # expect: SLS103:9
        resp.set_cookie("sid", sid)
        resp.media = {"ok": True}


class LogoutResource:
    def on_post(self, req, resp):
        sessions.pop(req.cookies.get("sid", ""), None)  # expect: SLS103:9
        resp.unset_cookie("sid")


app = falcon.App()
app.add_route("/login", LoginResource())
app.add_route("/logout", LogoutResource())
