"""Django middleware: __init__ runs once at server start, then one instance serves every request."""

import threading
import time
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.deprecation import MiddlewareMixin


class CurrentUserMiddleware:
    """The classic 'current user' middleware that leaks users across requests."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.recent_paths = []

    def __call__(self, request):
        self.request = request  # expect: SLS106:9
        self.recent_paths.append(request.path)  # expect: SLS106:9
        return self.get_response(request)


class TimezoneMiddleware(MiddlewareMixin):
    def process_request(self, request):
        self.tz = request.COOKIES.get("tz", "UTC")  # expect: SLS106:9
        timezone.activate(zoneinfo.ZoneInfo(self.tz))

    def process_response(self, request, response):
        response["X-Timezone"] = self.tz
        return response


class ThreadLocalMiddleware:
    """No findings: a threading.local set in __init__ holds one value per thread."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.local = threading.local()

    def __call__(self, request):
        self.local.user = request.user
        return self.get_response(request)


class SlowRequestMiddleware:
    """No findings: configuration read in __init__; per-request data on the request."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.threshold = getattr(settings, "SLOW_REQUEST_SECONDS", 1.0)
        self.ignored = set(getattr(settings, "SLOW_REQUEST_IGNORED", ()))

    def __call__(self, request):
        request.started_at = time.monotonic()
        response = self.get_response(request)
        elapsed = time.monotonic() - request.started_at
        if elapsed > self.threshold and request.path not in self.ignored:
            response["X-Slow"] = f"{elapsed:.2f}"
        return response


class MaintenanceMiddleware(MiddlewareMixin):
    """No findings: a flag computed once, lazily."""

    def process_request(self, request):
        if getattr(self, "enabled", None) is None:
            self.enabled = bool(getattr(settings, "MAINTENANCE", False))
        request.maintenance = self.enabled
