"""Falcon resource memoising per-user data."""

import functools

import falcon

recommendation_cache: dict[int, list[str]] = {}


@functools.lru_cache(maxsize=256)  # expect: SLS105:2
def user_segment(user_id: int) -> str:
    return "a" if user_id % 2 else "b"


@functools.lru_cache(maxsize=4)
def segment_rules(locale: str) -> dict:
    return {"a": ["x"], "b": ["y"]}


class Recommendations:
    def on_get(self, req, resp, user_id):
        if user_id not in recommendation_cache:
            segment = user_segment(user_id)
            recommendation_cache[user_id] = segment_rules("en")[segment]  # expect: SLS105:13
        resp.media = recommendation_cache[user_id]


app = falcon.App()
app.add_route("/recommendations/{user_id:int}", Recommendations())
