"""Tornado chat handler persisting messages in Redis. No findings."""

import json

import redis.asyncio as redis
import tornado.web

r = redis.from_url("redis://localhost")
HISTORY_LIMIT = 50


class ChatHandler(tornado.web.RequestHandler):
    async def post(self, conversation_id):
        message = json.loads(self.request.body)["message"]
        await r.rpush(f"chat:{conversation_id}", message)
        history = await r.lrange(f"chat:{conversation_id}", -HISTORY_LIMIT, -1)
        messages = [m.decode() for m in history]
        messages.append("(bot) noted")
        self.write({"messages": messages})
