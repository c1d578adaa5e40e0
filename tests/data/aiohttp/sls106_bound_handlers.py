"""aiohttp handlers that are bound methods of one module-level object (SLS106)."""

from aiohttp import web


class ChatHandlers:
    def __init__(self, redis):
        self.redis = redis
        self.rooms_joined = []

    async def join(self, request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.rooms_joined.append(request.match_info["room"])  # expect: SLS106:9
        return ws

    async def login(self, request):
        data = await request.post()
        self.current_user = data["user"]  # expect: SLS106:9
        self.logins += 1  # expect: SLS106:9
        return web.json_response({"user": self.current_user})

    async def history(self, request):
        # Reads only: no finding.
        room = request.match_info["room"]
        return web.json_response(await self.redis.lrange(f"room:{room}", 0, 50))


class StatusHandler:
    """No findings: configuration set once, request data kept on the request."""

    def __init__(self, version):
        self.version = version

    async def __call__(self, request):
        request["checked"] = True
        return web.json_response({"version": self.version})


class ProfileView(web.View):
    """aiohttp makes a web.View per request: self.x is request-local, the class set is not."""

    online = set()

    async def get(self):
        self.user_id = self.request.match_info["user_id"]
        ProfileView.online.add(self.user_id)  # expect: SLS107:9
        return web.json_response({"id": self.user_id})


chat = ChatHandlers(redis=None)
status = StatusHandler("1.4.2")
app = web.Application()
app.router.add_get("/chat/{room}", chat.join)
app.router.add_post("/login", chat.login)
app.router.add_get("/history/{room}", chat.history)
app.router.add_get("/status", status.__call__)
app.router.add_view("/users/{user_id}", ProfileView)
