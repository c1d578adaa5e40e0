"""A BlackSheep 1.x app: ``Application`` from ``blacksheep.server`` and ``@app.route``."""

from blacksheep.server import Application
from blacksheep.server.responses import json, text

app = Application()

guestbook = []
likes = {}


@app.route("/")
async def home(request):
    return text("hello")


@app.route("/guestbook", methods=["POST"])
async def sign(request):
    data = await request.json()
    guestbook.append(data["name"])  # expect: SLS101:5
    return json({"count": len(guestbook)})


@app.router.post("/like/{post_id}")
async def like(post_id: int):
    likes[post_id] = likes.get(post_id, 0) + 1  # expect: SLS101:5
    return json(likes[post_id])
