"""`api` here is built from a non-framework class, so `@api.route` is not a Flask route.

No findings, although the file imports Flask.
"""

from flask import current_app

from rpc_dispatch import Dispatcher

api = Dispatcher(prefix="rpc")
calls: list[str] = []


@api.route("ping")
def ping() -> str:
    calls.append("ping")
    return current_app.name
