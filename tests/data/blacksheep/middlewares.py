"""BlackSheep middlewares: a function appended to app.middlewares runs per request; an object
appended there is one instance for the application (a singleton)."""

from blacksheep import Application, Request

app = Application()

request_counts: dict[str, int] = {}


async def count_requests(request: Request, handler):
    request_counts[request.client_ip] = request_counts.get(request.client_ip, 0) + 1  # expect: SLS101:5
    return await handler(request)


class TimingMiddleware:
    def __init__(self, header: str):
        self.header = header
        self.slow = []

    async def __call__(self, request: Request, handler):
        self.current_path = request.url.path  # expect: SLS106:9
        response = await handler(request)
        self.slow.append(request.url.path)  # expect: SLS106:9
        return response


class TenantMiddleware:
    async def __call__(self, request: Request, handler):
        self.tenant = request.headers.get_first(b"x-tenant")  # expect: SLS106:9
        return await handler(request)


tenants = TenantMiddleware()

app.middlewares.append(count_requests)
app.middlewares.append(TimingMiddleware("x-time"))
app.middlewares.insert(0, tenants)
