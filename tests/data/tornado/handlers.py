"""Tornado request handlers with in-memory data."""

import itertools

import tornado.web

posts: dict[int, dict] = {}
post_ids = itertools.count(1)
views = {}
drafts = []


class BaseHandler(tornado.web.RequestHandler):
    def prepare(self):
        views[self.request.path] = views.get(self.request.path, 0) + 1  # expect: SLS101:9


class PostsHandler(BaseHandler):
    def get(self):
        self.write({"posts": list(posts.values())})

    def post(self):
        post_id = next(post_ids)  # expect: SLS101:19
        posts[post_id] = tornado.escape.json_decode(self.request.body)  # expect: SLS101:9
        self.set_status(201)
        self.write(posts[post_id])


class PostHandler(PostsHandler):
    def delete(self, post_id):
        drafts.append(posts.pop(int(post_id)))  # expect: SLS101:9
        self.set_status(204)

    def put(self, post_id):
        post = posts[int(post_id)]
        post["body"] = self.get_body_argument("body")  # expect: SLS101:9
        self.write(post)


def make_app():
    return tornado.web.Application([(r"/posts", PostsHandler), (r"/posts/(\d+)", PostHandler)])
