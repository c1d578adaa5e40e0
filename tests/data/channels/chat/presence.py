"""Presence kept on the consumer class: a class attribute is one dict for every connection."""

from channels.generic.websocket import JsonWebsocketConsumer


class PresenceConsumer(JsonWebsocketConsumer):
    connected = {}
    typing = set()

    def connect(self):
        self.user = self.scope["user"]
        self.connected[self.channel_name] = self.user.pk  # expect: SLS107:9
        self.accept()

    def receive_json(self, content, **kwargs):
        if content.get("typing"):
            PresenceConsumer.typing.add(self.user.pk)  # expect: SLS107:13
        else:
            self.typing.discard(self.user.pk)  # expect: SLS107:13
        self.send_json({"online": len(self.connected)})

    def disconnect(self, code):
        self.connected.pop(self.channel_name, None)  # expect: SLS107:9
