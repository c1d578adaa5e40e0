"""Falcon error handlers, sinks and static routes with module constants. No findings."""

import falcon

ERROR_CODES = {404: "not_found", 500: "server_error"}
MAINTENANCE_PAGE = "<h1>Back soon</h1>"
registered_sinks: list[str] = []


def handle_value_error(req, resp, ex, params):
    code = ERROR_CODES.get(500)
    raise falcon.HTTPInternalServerError(title=code, description=str(ex))


class Health:
    def on_get(self, req, resp):
        resp.media = {"ok": True, "sinks": list(registered_sinks)}


def maintenance_sink(req, resp):
    resp.content_type = falcon.MEDIA_HTML
    resp.text = MAINTENANCE_PAGE


app = falcon.App()
app.add_error_handler(ValueError, handle_value_error)
app.add_sink(maintenance_sink, "/legacy")
registered_sinks.append("/legacy")
app.add_route("/health", Health())
