"""Cookie login backed by a module-level session dict."""

import secrets

from starlette.applications import Starlette
from starlette.responses import JSONResponse, RedirectResponse
from starlette.routing import Route

session_store: dict[str, str] = {}
logged_in = set()
api_keys = {}
USERS = {"alice": "s3cret"}


async def login(request):
    form = await request.form()
    if USERS.get(form["username"]) != form["password"]:
        return JSONResponse({"error": "bad credentials"}, status_code=401)
    sid = secrets.token_urlsafe()
    session_store[sid] = form["username"]  # expect: SLS103:5
    logged_in.add(form["username"])  # expect: SLS103:5
    response = RedirectResponse("/", status_code=303)
    response.set_cookie("sid", sid, httponly=True)
    return response


async def create_api_key(request):
    user = session_store.get(request.cookies.get("sid", ""))
    key = secrets.token_hex(20)
    api_keys[key] = user  # expect: SLS103:5
    return JSONResponse({"key": key})


async def logout(request):
    sid = request.cookies.get("sid", "")
    user = session_store.pop(sid, None)  # expect: SLS103:12
    logged_in.discard(user)  # expect: SLS103:5
    return RedirectResponse("/login", status_code=303)


async def whoami(request):
    return JSONResponse({"user": session_store.get(request.cookies.get("sid", ""))})


app = Starlette(
    routes=[
        Route("/login", login, methods=["POST"]),
        Route("/keys", create_api_key, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/me", whoami),
    ]
)
