"""Falcon middleware objects are shared by every request, like resources (Falcon FAQ)."""

import time
import uuid

import falcon
import falcon.asgi


class AuthMiddleware:
    def __init__(self, tokens):
        self.tokens = tokens  # set once, when the app is built
        self.failures = {}

    def process_request(self, req, resp):
        token = req.get_header("Authorization")
        self.user = self.tokens.get(token)  # expect: SLS106:9
        if self.user is None:
            self.failures[req.remote_addr] = time.time()  # expect: SLS106:13
            raise falcon.HTTPUnauthorized()


class TimingMiddleware:
    def process_request(self, req, resp):
        self.started = time.monotonic()  # expect: SLS106:9

    def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header("X-Elapsed", str(time.monotonic() - self.started))


class RequestIdMiddleware:
    """No findings: request data lives on req.context; the header name is configuration."""

    def __init__(self, header="X-Request-Id"):
        self.header = header

    async def process_request(self, req, resp):
        req.context.request_id = req.get_header(self.header) or uuid.uuid4().hex

    async def process_response(self, req, resp, resource, req_succeeded):
        resp.set_header(self.header, req.context.request_id)


class CorsMiddleware:
    """No findings: class-level configuration that is only read."""

    allowed = frozenset({"https://shop.example"})
    headers = {"Access-Control-Allow-Methods": "GET, POST"}

    def process_response(self, req, resp, resource, req_succeeded):
        origin = req.get_header("Origin")
        if origin in self.allowed:
            resp.set_headers({**self.headers, "Access-Control-Allow-Origin": origin})


app = falcon.App(middleware=[AuthMiddleware({"t": "ann"}), TimingMiddleware(), CorsMiddleware()])
asgi_app = falcon.asgi.App(middleware=[RequestIdMiddleware()])
