"""BlackSheep's ``app.use_sessions(secret)`` keeps ``request.session`` in a signed cookie
(sessions/cookies.py): the client carries the login, no server keeps it. A Starlette route in
the same module writing its server-side session is still SLS202."""

from blacksheep import Application, Request, json, redirect
from blacksheep.server.controllers import Controller, post
from starlette.applications import Starlette
from starlette.responses import JSONResponse

app = Application()
app.use_sessions("change-me")
admin = Starlette()


@app.router.post("/login")
async def login(request: Request):
    form = await request.form()
    request.session["user_id"] = form["user_id"]
    request.session.set("username", form["username"])
    return redirect("/")


class Account(Controller):
    @post("/account/switch")
    async def switch(self, request: Request, user_id: int):
        session = request.session
        session["user_id"] = user_id
        return json({"ok": True})


@admin.route("/admin/login", methods=["POST"])
async def admin_login(request):
    request.session["user_id"] = "admin"  # expect: SLS202:5
    return JSONResponse({"ok": True})
