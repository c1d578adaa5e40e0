"""Per-connection memos on a consumer: one consumer per connection, so a cache on self (or an
lru_cache over self) holds one connection's values. Settings are read, never written. No
findings."""

from functools import lru_cache

from channels.generic.websocket import JsonWebsocketConsumer
from django.conf import settings

ALLOWED_COMMANDS = frozenset({"join", "leave", "send"})
DEFAULTS = {"theme": "light"}


class ProfileConsumer(JsonWebsocketConsumer):
    def connect(self):
        self.profile_cache = {}
        self.preferences = dict(DEFAULTS)
        self.accept()

    @lru_cache(maxsize=32)
    def room_title(self, room_id):
        return f"{settings.SITE_NAME} #{room_id}"

    def receive_json(self, content, **kwargs):
        if content.get("command") not in ALLOWED_COMMANDS:
            return
        user_id = content["user_id"]
        if user_id not in self.profile_cache:
            self.profile_cache[user_id] = {"id": user_id}
        self.preferences.update(content.get("preferences", {}))
        self.send_json({"profile": self.profile_cache[user_id], "title": self.room_title(1)})
