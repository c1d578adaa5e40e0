"""Tornado handlers caching per-user data in process."""

from functools import lru_cache

import tornado.web
from cachetools import TTLCache

feed_cache = TTLCache(maxsize=1000, ttl=15)


@lru_cache(maxsize=1000)  # expect: SLS105:2
def follows(user_id: str) -> tuple[str, ...]:
    return ()


class FeedHandler(tornado.web.RequestHandler):
    def get(self, user_id):
        if user_id not in feed_cache:
            feed_cache[user_id] = list(follows(user_id))  # expect: SLS105:13
        self.write({"feed": feed_cache[user_id]})
