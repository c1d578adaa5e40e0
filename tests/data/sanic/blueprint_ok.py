"""A Sanic blueprint storing data in Redis. No findings."""

import redis.asyncio as redis
from sanic import Blueprint, json

bp = Blueprint("votes", url_prefix="/votes")
r = redis.from_url("redis://localhost")
CHOICES = ("yes", "no")


@bp.post("/<choice>")
async def vote(request, choice: str):
    if choice not in CHOICES:
        return json({"error": "bad choice"}, status=400)
    total = await r.hincrby("votes", choice, 1)
    request.ctx.voted = True
    return json({"choice": choice, "total": total})


@bp.get("/")
async def tally(request):
    counts = await r.hgetall("votes")
    result = {c: 0 for c in CHOICES}
    result.update({k.decode(): int(v) for k, v in counts.items()})
    return json(result)
