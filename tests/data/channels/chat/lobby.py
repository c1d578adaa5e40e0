"""A game lobby on Channels: who is online and the open games live in module dicts, so a
player connected to another worker never finds the game."""

from channels.generic.websocket import AsyncJsonWebsocketConsumer

active_users = {}
open_games: dict[str, list[str]] = {}
waiting = []


class LobbyConsumer(AsyncJsonWebsocketConsumer):
    async def connect(self):
        self.user = self.scope["user"]
        active_users[self.channel_name] = self.user.username  # expect: SLS103:9
        await self.accept()

    async def receive_json(self, content, **kwargs):
        if content["action"] == "create":
            open_games[content["game"]] = [self.user.username]  # expect: SLS101:13
        elif content["action"] == "queue":
            waiting.append(self.channel_name)  # expect: SLS101:13
            if len(waiting) >= 2:
                await self.start_match()

    async def start_match(self):
        first, second = waiting.pop(0), waiting.pop(0)  # expect: SLS101:25
        for player in (first, second):
            await self.channel_layer.send(player, {"type": "match.found"})

    async def match_found(self, event):
        await self.send_json({"match": True})

    async def disconnect(self, code):
        active_users.pop(self.channel_name, None)  # expect: SLS103:9
