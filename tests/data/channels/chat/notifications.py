"""Lower-level consumers: the dispatcher calls websocket_* and group handlers by message type,
and an HTTP consumer's handle() runs once per request. Module state is every connection's."""

import json

from channels.consumer import AsyncConsumer
from channels.generic.http import AsyncHttpConsumer

subscribers = []
last_seen = {}
delivered = []


class BaseNotificationConsumer(AsyncConsumer):
    async def websocket_connect(self, event):
        subscribers.append(self.channel_name)  # expect: SLS101:9
        await self.send({"type": "websocket.accept"})


class NotificationConsumer(BaseNotificationConsumer):
    async def websocket_receive(self, event):
        last_seen[self.scope["user"].pk] = event.get("text")  # expect: SLS101:9

    async def notify_user(self, event):
        delivered.append(event["id"])  # expect: SLS101:9
        await self.send({"type": "websocket.send", "text": json.dumps(event)})

    async def websocket_disconnect(self, event):
        subscribers.remove(self.channel_name)  # expect: SLS101:9


class LongPollConsumer(AsyncHttpConsumer):
    async def handle(self, body):
        self.started = True
        last_seen[self.scope["client"][0]] = body  # expect: SLS101:9
        await self.send_response(200, b"ok", headers=[(b"Content-Type", b"text/plain")])
