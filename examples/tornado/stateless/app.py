"""Tornado profile service that any process or instance can serve.

What makes it healthy: login sets a signed cookie holding the user id (verified with
the ``cookie_secret`` every instance shares), so there is no server-side session to
lose; profiles are read from PostgreSQL on each request, so an edit is visible
everywhere at once; handlers get the engine in ``initialize`` (Tornado builds a new
handler per request); module level holds only constants.
"""

import asyncio
import os

import tornado.web
from sqlalchemy import Engine, create_engine, text

CHECK_PASSWORD = (
    "SELECT id FROM users WHERE email = :e"
    " AND password_hash = crypt(:p, password_hash)"
)


class BaseHandler(tornado.web.RequestHandler):
    def initialize(self, engine: Engine) -> None:
        self.engine = engine

    def get_current_user(self) -> int | None:
        user_id = self.get_signed_cookie("user_id", max_age_days=1)
        return int(user_id) if user_id else None


class LoginHandler(BaseHandler):
    def post(self) -> None:
        params = {"e": self.get_body_argument("email"), "p": self.get_body_argument("password")}
        with self.engine.connect() as conn:
            user_id = conn.execute(text(CHECK_PASSWORD), params).scalar()
        if user_id is None:
            raise tornado.web.HTTPError(401)
        self.set_signed_cookie("user_id", str(user_id), expires_days=1, httponly=True, secure=True)


class LogoutHandler(BaseHandler):
    def post(self) -> None:
        self.clear_cookie("user_id")


class ProfileHandler(BaseHandler):
    @tornado.web.authenticated
    def get(self) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT * FROM profiles WHERE user_id = :u"), {"u": self.current_user}
            )
            self.write(dict(row.mappings().one()))

    @tornado.web.authenticated
    def put(self) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE profiles SET bio = :b WHERE user_id = :u"),
                {"b": self.get_body_argument("bio"), "u": self.current_user},
            )
        self.set_status(204)


async def main() -> None:
    engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
    handler_args = {"engine": engine}
    app = tornado.web.Application(
        [
            (r"/login", LoginHandler, handler_args),
            (r"/logout", LogoutHandler, handler_args),
            (r"/profile", ProfileHandler, handler_args),
        ],
        cookie_secret=os.environ["COOKIE_SECRET"],
        login_url="/login",
    )
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
