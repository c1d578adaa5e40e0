"""Function middleware: the factory runs once, its inner function per request, so a container
bound in the factory is shared by every request like a module-level one."""

from collections import Counter

blocked_ips = set()


def rate_limit_middleware(get_response):
    hits = Counter()

    def middleware(request):
        ip = request.META.get("REMOTE_ADDR")
        hits[ip] += 1  # expect: SLS101:9
        if hits[ip] > 100:
            blocked_ips.add(ip)  # expect: SLS101:13
        return get_response(request)

    return middleware


def audit_middleware(get_response):
    seen_users = []

    async def middleware(request):
        seen_users.append(request.user.pk)  # expect: SLS101:9
        return await get_response(request)

    return middleware
