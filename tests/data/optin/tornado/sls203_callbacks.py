"""Tornado handlers scheduling callbacks on the IOLoop."""

import tornado.web
from tornado.ioloop import IOLoop

from .mail import send_mail


class SignupHandler(tornado.web.RequestHandler):
    def put(self):
        IOLoop.current().spawn_callback(send_mail, self.get_argument("email"))  # expect: SLS203:9
        self.write({"ok": True})


class PingHandler(tornado.web.RequestHandler):
    async def get(self):
        await IOLoop.current().run_in_executor(None, print, "ping")
        self.write({"pong": True})
