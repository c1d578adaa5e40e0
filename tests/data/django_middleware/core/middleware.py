"""Project middleware with no base class and no django import: settings MIDDLEWARE names
these classes by dotted path ("core.middleware.RequestStatsMiddleware"). Django builds one
instance when the server starts, and it serves every request of the process."""

import time
import uuid

slow_paths = {}


class RequestStatsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.count = 0
        self.paths = []

    def __call__(self, request):
        self.count += 1  # expect: SLS106:9
        self.paths.append(request.path)  # expect: SLS106:9
        started = time.monotonic()
        response = self.get_response(request)
        self.record(request.path, time.monotonic() - started)
        return response

    def record(self, path, elapsed):
        if elapsed > 1.0:
            slow_paths[path] = elapsed  # expect: SLS101:13


class CurrentTenantMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        self.tenant = request.headers.get("X-Tenant")  # expect: SLS106:9
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        self.view_name = view_func.__name__  # expect: SLS106:9


class AsyncRequestIdMiddleware:
    async_capable = True
    sync_capable = False

    def __init__(self, get_response):
        self.get_response = get_response

    async def __call__(self, request):
        self.request_id = uuid.uuid4().hex  # expect: SLS106:9
        return await self.get_response(request)
