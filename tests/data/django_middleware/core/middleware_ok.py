"""Middleware with no base class that keeps per-request values on the request and reads its
configuration once in __init__ or the factory. No findings."""

import threading
import time

_local = threading.local()
IGNORED_PREFIXES = ("/static/", "/media/")


class SessionIDMiddleware:
    """taiga's events middleware: the session id of the request in a thread-local."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        self.process_request(request)
        response = self.get_response(request)
        return self.process_response(request, response)

    def process_request(self, request):
        session_id = request.headers.get("x-session-id", None)
        _local.session_id = session_id
        request.session_id = session_id

    def process_response(self, request, response):
        _local.session_id = None
        return response


class TimingMiddleware:
    def __init__(self, get_response, threshold=0.5):
        self.get_response = get_response
        self.threshold = threshold
        self.ignored = set(IGNORED_PREFIXES)

    def __call__(self, request):
        request.started = time.monotonic()
        response = self.get_response(request)
        elapsed = time.monotonic() - request.started
        if elapsed > self.threshold and not request.path.startswith(IGNORED_PREFIXES):
            response["Server-Timing"] = f"app;dur={elapsed * 1000:.0f}"
        return response


def header_middleware(get_response):
    headers = {"X-Frame-Options": "DENY"}
    headers["X-Content-Type-Options"] = "nosniff"

    def middleware(request):
        response = get_response(request)
        for name, value in headers.items():
            response[name] = value
        return response

    return middleware


class Cart:
    """Not middleware: a plain class with a get_response-free __init__."""

    def __init__(self, items):
        self.items = items

    def __call__(self, request):
        self.items.append(request.path)
        return self.items
