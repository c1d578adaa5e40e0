"""Extensions of a Sanic blog, set up in one module: Session(app) with no interface keeps
the sessions in an InMemorySessionInterface."""

from sanic import Sanic
from sanic_session import Session
from sanic_session.memory import InMemorySessionInterface

app = Sanic("Blog")
session = Session(app)  # expect: SLS109:11


def create_admin_app() -> Sanic:
    admin = Sanic("BlogAdmin")
    Session().init_app(admin, interface=InMemorySessionInterface(expiry=3600))  # expect: SLS109:41
    return admin
