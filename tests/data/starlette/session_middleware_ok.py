"""Starlette's SessionMiddleware keeps the session in a signed cookie. No findings."""

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route

SECRET_KEY = "change-me"


async def login(request):
    form = await request.form()
    user = await authenticate(form["username"], form["password"])
    if user is None:
        return JSONResponse({"error": "bad credentials"}, status_code=401)
    request.session["user_id"] = user["id"]
    request.session.setdefault("cart", [])
    return JSONResponse({"ok": True})


async def add_to_cart(request):
    sku = request.path_params["sku"]
    cart = request.session.get("cart", [])
    cart.append(sku)
    request.session["cart"] = cart
    return JSONResponse({"cart": cart})


async def logout(request):
    request.session.pop("user_id", None)
    request.session.clear()
    return JSONResponse({"ok": True})


async def authenticate(username: str, password: str) -> dict | None:
    return {"id": username} if password else None


app = Starlette(
    routes=[
        Route("/login", login, methods=["POST"]),
        Route("/cart/{sku}", add_to_cart, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
    ],
    middleware=[Middleware(SessionMiddleware, secret_key=SECRET_KEY, https_only=True)],
)
