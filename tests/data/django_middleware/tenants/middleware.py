"""Tenant resolution cached on the middleware and in the factory's closure: one instance and
one closure serve every request of the process, so one tenant's data leaks to another's
request and each worker's cache differs."""

from asgiref.sync import iscoroutinefunction, markcoroutinefunction

from .models import Tenant


class TenantMiddleware:
    async_capable = True
    sync_capable = True

    def __init__(self, get_response):
        self.get_response = get_response
        self.by_host = {}
        if iscoroutinefunction(self.get_response):
            markcoroutinefunction(self)

    def __call__(self, request):
        host = request.get_host()
        if host not in self.by_host:
            self.by_host[host] = Tenant.objects.get(domain=host)  # expect: SLS106:13
        self.current = self.by_host[host]  # expect: SLS106:9
        request.tenant = self.current
        return self.get_response(request)


def tenant_header_middleware(get_response):
    last_tenant = {}

    def middleware(request):
        last_tenant["slug"] = request.headers.get("X-Tenant")  # expect: SLS101:9
        return get_response(request)

    return middleware
