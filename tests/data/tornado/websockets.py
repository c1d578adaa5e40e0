"""Tornado websocket chat keeping clients' messages in module memory."""

from tornado.websocket import WebSocketHandler

message_buffer: list[str] = []
room_threads: dict[str, list[str]] = {}
open_count = {"n": 0}


class ChatSocket(WebSocketHandler):
    def open(self, room):
        self.room = room
        open_count["n"] += 1  # expect: SLS101:9

    def on_message(self, message):
        message_buffer.append(message)  # expect: SLS101:9
        room_threads.setdefault(self.room, []).append(message)  # expect: SLS104:9
        self.write_message(message)

    def on_close(self):
        open_count["n"] -= 1  # expect: SLS101:9
