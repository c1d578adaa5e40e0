"""Tornado's websocket chat demo shape: class-level waiters and cache (SLS107)."""

import logging
import uuid

import tornado.escape
import tornado.web
import tornado.websocket


class MainHandler(tornado.web.RequestHandler):
    def get(self):
        self.render("index.html", messages=ChatSocketHandler.cache)


class ChatSocketHandler(tornado.websocket.WebSocketHandler):
    waiters = set()
    cache = []
    cache_size = 200

    def get_compression_options(self):
        return {}

    def open(self):
        ChatSocketHandler.waiters.add(self)  # expect: SLS107:9

    def on_close(self):
        ChatSocketHandler.waiters.remove(self)  # expect: SLS107:9

    def on_message(self, message):
        parsed = tornado.escape.json_decode(message)
        chat = {"id": str(uuid.uuid4()), "body": parsed["body"]}
        self.update_cache(chat)
        for waiter in ChatSocketHandler.waiters:
            try:
                waiter.write_message(chat)
            except Exception:
                logging.error("Error sending message", exc_info=True)

    @classmethod
    def update_cache(cls, chat):
        cls.cache.append(chat)  # expect: SLS107:9
        if len(cls.cache) > cls.cache_size:
            cls.cache = cls.cache[-cls.cache_size :]


class RoomHandler(tornado.web.RequestHandler):
    """No findings: Tornado makes a handler per request; lists rebound in initialize."""

    SUPPORTED_METHODS = ("GET", "POST")
    members = []

    def initialize(self, rooms):
        self.rooms = rooms
        self.members = []

    def prepare(self):
        self.user = self.get_secure_cookie("user")
        self.seen = []

    def get(self, room):
        self.seen.append(room)
        self.members.append(self.user)
        self.write({"room": room, "members": self.members, "known": room in self.rooms})


application = tornado.web.Application(
    [
        (r"/", MainHandler),
        (r"/chatsocket", ChatSocketHandler),
        (r"/rooms/(\w+)", RoomHandler, {"rooms": {"lobby"}}),
    ]
)
