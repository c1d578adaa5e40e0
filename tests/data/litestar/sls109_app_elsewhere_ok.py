"""A session config module: the app (and its stores) is built in another module. No findings."""

from litestar.middleware.session.server_side import ServerSideSessionConfig

session_config = ServerSideSessionConfig(max_age=3600, renew_on_access=True)
