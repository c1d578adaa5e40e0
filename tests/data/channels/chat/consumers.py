"""A chat consumer that keeps the rooms' members and messages in module memory.

Every connection gets its own consumer instance (``as_asgi()``), so ``self.room_name`` is
fine; but the dicts below live in one worker process: a second worker (or a restart) has
its own, and members of a room spread over two workers never see each other.
"""

import json
from collections import defaultdict

from channels.generic.websocket import AsyncWebsocketConsumer

rooms = defaultdict(set)
room_history: dict[str, list[dict]] = {}
online_count = {"n": 0}


class ChatConsumer(AsyncWebsocketConsumer):
    async def connect(self):
        self.room_name = self.scope["url_route"]["kwargs"]["room_name"]
        self.room_group_name = f"chat_{self.room_name}"
        rooms[self.room_name].add(self.channel_name)  # expect: SLS101:9
        online_count["n"] += 1  # expect: SLS101:9
        await self.channel_layer.group_add(self.room_group_name, self.channel_name)
        await self.accept()
        for message in room_history.get(self.room_name, []):
            await self.send(text_data=json.dumps(message))

    async def disconnect(self, close_code):
        rooms[self.room_name].discard(self.channel_name)  # expect: SLS101:9
        online_count["n"] -= 1  # expect: SLS101:9
        await self.channel_layer.group_discard(self.room_group_name, self.channel_name)

    async def receive(self, text_data=None, bytes_data=None):
        message = {"user": self.scope["user"].username, "text": json.loads(text_data)["message"]}
        remember(self.room_name, message)
        await self.channel_layer.group_send(
            self.room_group_name, {"type": "chat.message", "message": message}
        )

    async def chat_message(self, event):
        await self.send(text_data=json.dumps(event["message"]))


def remember(room_name, message):
    room_history.setdefault(room_name, []).append(message)  # expect: SLS104:5
