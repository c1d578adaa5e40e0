"""Per-user results cached in process memory."""

from functools import lru_cache

from cachetools import LRUCache
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

avatar_cache = {}
recommendations = LRUCache(maxsize=1000)
_memo: dict[tuple, list] = {}


@lru_cache(maxsize=4096)  # expect: SLS105:2
def user_quota(user_id: str) -> int:
    return 100 if user_id.startswith("pro_") else 10


async def avatar(request):
    user_id = request.path_params["user_id"]
    if user_id not in avatar_cache:
        avatar_cache[user_id] = f"https://cdn.example.com/{user_id}.png"  # expect: SLS105:9
    return JSONResponse({"url": avatar_cache[user_id], "quota": user_quota(user_id)})


async def recommend(request):
    user_id = request.path_params["user_id"]
    items = recommendations.get(user_id)
    if items is None:
        items = compute(user_id, request.query_params.get("category", "all"))
        recommendations[user_id] = items  # expect: SLS105:9
    return JSONResponse(items)


def compute(user_id: str, category: str) -> list:
    key = (user_id, category)
    if key not in _memo:
        _memo[key] = [f"{category}-{user_id}-1"]  # expect: SLS105:9
    return _memo[key]


async def forget(request):
    avatar_cache.clear()  # invalidation stores nothing; the writes that fill it are reported
    return JSONResponse({"ok": True})


app = Starlette(
    routes=[
        Route("/avatar/{user_id}", avatar),
        Route("/recommend/{user_id}", recommend),
        Route("/cache", forget, methods=["DELETE"]),
    ]
)
