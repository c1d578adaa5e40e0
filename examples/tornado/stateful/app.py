"""Tornado profile service with an in-memory session store and a per-process cache.

What is wrong: ``LoginHandler`` writes each new session into the module-level
``sessions`` dict (``LogoutHandler`` deletes from it), so a session is valid only in
the process that created it; ``load_profile`` is wrapped in ``lru_cache`` keyed by
user id, so every process keeps serving its own copy of a profile after it was edited.
"""

import asyncio
import os
import secrets
from functools import lru_cache

import tornado.web
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["DATABASE_URL"])
sessions: dict[str, int] = {}
CHECK_PASSWORD = (
    "SELECT id FROM users WHERE email = :e"
    " AND password_hash = crypt(:p, password_hash)"
)


@lru_cache(maxsize=1024)
def load_profile(user_id: int) -> dict:
    with engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM profiles WHERE user_id = :u"), {"u": user_id})
        return dict(row.mappings().one())


class BaseHandler(tornado.web.RequestHandler):
    def get_current_user(self) -> int | None:
        sid = self.get_signed_cookie("sid")
        return sessions.get(sid.decode()) if sid else None


class LoginHandler(BaseHandler):
    def post(self) -> None:
        params = {"e": self.get_body_argument("email"), "p": self.get_body_argument("password")}
        with engine.connect() as conn:
            user_id = conn.execute(text(CHECK_PASSWORD), params).scalar()
        if user_id is None:
            raise tornado.web.HTTPError(401)
        sid = secrets.token_urlsafe(32)
        sessions[sid] = user_id
        self.set_signed_cookie("sid", sid, httponly=True, secure=True)


class LogoutHandler(BaseHandler):
    def post(self) -> None:
        sid = self.get_signed_cookie("sid")
        if sid:
            del sessions[sid.decode()]
        self.clear_cookie("sid")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self) -> None:
        self.write(load_profile(self.current_user))

    @tornado.web.authenticated
    def put(self) -> None:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE profiles SET bio = :b WHERE user_id = :u"),
                {"b": self.get_body_argument("bio"), "u": self.current_user},
            )
        self.set_status(204)


async def main() -> None:
    app = tornado.web.Application(
        [(r"/login", LoginHandler), (r"/logout", LogoutHandler), (r"/profile", ProfileHandler)],
        cookie_secret=os.environ["COOKIE_SECRET"],
        login_url="/login",
    )
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
