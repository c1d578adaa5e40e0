"""Routes on BlackSheep's default router (``from blacksheep import get``) and on an alias of
the application's router methods (``get = app.router.get``), as the docs' examples do."""

from blacksheep import Application, get, post, text

app = Application()
route = app.router.get

carts: dict[str, list] = {}
hits = {"n": 0}


@get("/")
async def home():
    hits["n"] += 1  # expect: SLS101:5
    return text("hello")


@post("/carts/{user_id}")
async def add_to_cart(user_id: str, item: str):
    carts.setdefault(user_id, []).append(item)  # expect: SLS101:5
    return text("ok")


@route("/carts/{user_id}")
async def cart(user_id: str):
    carts.setdefault(user_id, [])  # expect: SLS101:5
    return text(str(carts[user_id]))
