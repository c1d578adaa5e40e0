"""`global` in Falcon responders and in setup code."""

import falcon

read_only = False
writes = 0


def set_read_only(value: bool) -> None:
    global read_only
    read_only = value


class Writes:
    def on_post(self, req, resp):
        global writes  # expect: SLS102:9
        writes += 1
        resp.media = {"writes": writes}

    def on_get(self, req, resp):
        global read_only
        resp.media = {"read_only": read_only, "writes": writes}


set_read_only(False)
app = falcon.App()
app.add_route("/writes", Writes())
