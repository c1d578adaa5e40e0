"""A Flask shop: write endpoints with and without an Idempotency-Key."""

from flask import Blueprint, Flask, abort, jsonify, request
from flask.views import MethodView

from .catalog import import_products
from .models import CartItem, Order, Review, db, subscribers

app = Flask(__name__)
orders = Blueprint("orders", __name__, url_prefix="/orders")
IDEMPOTENCY_HEADER = "Idempotency-Key"


@app.post("/cart/items")
def add_to_cart():  # expect: SLS201:1
    db.session.add(CartItem(**request.get_json()))
    db.session.commit()
    return jsonify(request.get_json()), 201


@app.route("/newsletter", methods=["GET", "POST"])
def newsletter():  # expect: SLS201:1
    if request.method == "POST":
        subscribers.insert_one({"email": request.form["email"]})
    return "subscribed"


@app.route("/products")
def list_products():
    return jsonify([])


@orders.route("/", methods=["POST"])
def create_order():
    key = request.headers.get(IDEMPOTENCY_HEADER)
    if key is None:
        abort(400)
    return jsonify({"key": key}), 201


@orders.patch("/<int:order_id>")
def update_order(order_id):  # expect: SLS201:1
    Order.query.filter_by(id=order_id).update(request.get_json())
    db.session.commit()
    return jsonify({"id": order_id})


@orders.put("/<int:order_id>")
def replace_order(order_id):
    return jsonify({"id": order_id})


@orders.delete("/<int:order_id>")
def delete_order(order_id):
    return "", 204


class ReviewAPI(MethodView):
    def get(self, product_id):
        return jsonify([])

    def post(self, product_id):  # expect: SLS201:5
        db.session.add(Review(product_id=product_id, **request.get_json()))
        db.session.commit()
        return jsonify(request.get_json()), 201


class RefundAPI(MethodView):
    def post(self, order_id):
        if "Idempotency-Key" not in request.headers:
            abort(400)
        return jsonify({"refunded": order_id})


def import_catalog():  # expect: SLS201:1
    import_products(request.files["catalog"])
    return "", 202


app.add_url_rule("/reviews/<int:product_id>", view_func=ReviewAPI.as_view("reviews"))
app.add_url_rule("/refunds/<int:order_id>", view_func=RefundAPI.as_view("refunds"))
app.add_url_rule("/catalog/import", "import_catalog", import_catalog, methods=["POST"])
app.register_blueprint(orders)
