"""Per-request tenant in a ContextVar, set and reset by the middleware. No findings."""

from contextvars import ContextVar

current_tenant: ContextVar[str | None] = ContextVar("current_tenant", default=None)


class TenantContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_tenant.set(request.headers.get("X-Tenant"))
        try:
            return self.get_response(request)
        finally:
            current_tenant.reset(token)


def tenant_context_middleware(get_response):
    def middleware(request):
        request.tenant_slug = request.headers.get("X-Tenant")
        return get_response(request)

    return middleware
