"""The Channels tutorial's chat, with per-connection state on self and messages in the
database. The channel layer, the groups class attribute and the session are the
framework's. No findings."""

import json

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer, WebsocketConsumer

from .models import Message

MAX_LENGTH = 2000


class ChatConsumer(WebsocketConsumer):
    groups = ["broadcast"]

    def connect(self):
        self.room_name = self.scope["url_route"]["kwargs"]["room_name"]
        self.room_group_name = f"chat_{self.room_name}"
        self.sent = []
        async_to_sync(self.channel_layer.group_add)(self.room_group_name, self.channel_name)
        self.accept()

    def disconnect(self, close_code):
        async_to_sync(self.channel_layer.group_discard)(self.room_group_name, self.channel_name)

    def receive(self, text_data=None, bytes_data=None):
        text = json.loads(text_data)["message"][:MAX_LENGTH]
        Message.objects.create(room=self.room_name, text=text)
        self.sent.append(text)
        async_to_sync(self.channel_layer.group_send)(
            self.room_group_name, {"type": "chat.message", "message": text}
        )

    def chat_message(self, event):
        self.send(text_data=json.dumps({"message": event["message"]}))


class CartConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        self.user = self.scope["user"]
        self.items = {}
        await self.accept()

    async def receive_json(self, content, **kwargs):
        self.items[content["sku"]] = content["quantity"]
        self.scope["session"]["cart_size"] = len(self.items)
        self.scope["session"]["user_id"] = self.user.pk
        await database_sync_to_async(self.scope["session"].save)()
        await self.send_json({"items": self.items})
