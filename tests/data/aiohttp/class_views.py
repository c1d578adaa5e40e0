"""aiohttp class-based views over two inheritance levels."""

from aiohttp import web

bookmarks: dict[str, list[str]] = {}
DEFAULT_TAGS = ("unread",)


class UserView(web.View):
    @property
    def user(self) -> str:
        return self.request.headers["X-User"]


class BookmarkView(UserView):
    async def get(self) -> web.Response:
        return web.json_response(bookmarks.get(self.user, []))

    async def post(self) -> web.Response:
        url = (await self.request.json())["url"]
        bookmarks.setdefault(self.user, []).append(url)  # expect: SLS101:9
        return web.json_response({"ok": True}, status=201)

    async def delete(self) -> web.Response:
        user_marks = bookmarks[self.user]
        user_marks.remove(self.request.query["url"])  # expect: SLS101:9
        return web.Response(status=204)


class TagView(UserView):
    async def get(self) -> web.Response:
        tags = list(DEFAULT_TAGS)
        tags.append(self.user)
        return web.json_response(tags)


app = web.Application()
app.router.add_view("/bookmarks", BookmarkView)
app.router.add_view("/tags", TagView)
