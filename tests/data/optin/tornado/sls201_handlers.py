"""Tornado request handlers: post/patch with and without a key; prepare() checks one."""

import tornado.escape
import tornado.web


class OrdersHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"orders": []})

    def post(self):  # expect: SLS201:5
        self.application.db.orders.insert_one(tornado.escape.json_decode(self.request.body))
        self.set_status(201)


class OrderHandler(tornado.web.RequestHandler):
    def patch(self, order_id):
        key = self.request.headers.get("Idempotency-Key")
        if key is None:
            raise tornado.web.HTTPError(400)
        self.write({"id": order_id})

    def put(self, order_id):
        self.write({"id": order_id})


class KeyedHandler(tornado.web.RequestHandler):
    def prepare(self):
        if self.request.method == "POST" and not self.request.headers.get("Idempotency-Key"):
            raise tornado.web.HTTPError(400)


class PaymentsHandler(KeyedHandler):
    def post(self):
        self.set_status(201)


def make_app():
    return tornado.web.Application(
        [
            (r"/orders", OrdersHandler),
            (r"/orders/(\d+)", OrderHandler),
            (r"/payments", PaymentsHandler),
        ]
    )
