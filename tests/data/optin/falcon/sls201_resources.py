"""Falcon responders: on_post/on_patch (and suffixed ones) with and without a key."""

import falcon


def require_idempotency_key(req, resp, resource, params):
    if req.get_header("Idempotency-Key") is None:
        raise falcon.HTTPBadRequest(title="Idempotency-Key required")


class OrderCollection:
    def on_get(self, req, resp):
        resp.media = []

    def on_post(self, req, resp):  # expect: SLS201:5
        resp.media = self.repository.create_order(req.get_media())
        resp.status = falcon.HTTP_201

    def on_post_bulk(self, req, resp):  # expect: SLS201:5
        self.repository.insert_orders(req.get_media())
        resp.status = falcon.HTTP_202


class OrderItem:
    def on_patch(self, req, resp, order_id):
        key = req.get_header("Idempotency-Key", required=True)
        resp.media = {"id": order_id, "key": key}

    def on_put(self, req, resp, order_id):
        resp.media = {"id": order_id}

    def on_delete(self, req, resp, order_id):
        resp.status = falcon.HTTP_204


@falcon.before(require_idempotency_key)
class PaymentCollection:
    def on_post(self, req, resp):
        resp.status = falcon.HTTP_201


app = falcon.App()
app.add_route("/orders", OrderCollection())
app.add_route("/orders/{order_id:int}", OrderItem())
app.add_route("/payments", PaymentCollection())
