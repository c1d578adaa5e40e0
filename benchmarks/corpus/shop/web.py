"""Flask pages and a class-based view."""

from flask import Blueprint, abort, g, jsonify, render_template, request
from flask.views import MethodView

from . import db, store
from .utils import money

bp = Blueprint("web", __name__)
visits = 0


@bp.before_request
def load_user() -> None:
    token = request.cookies.get("token", "")
    g.user_id = store.sessions.get(token)


@bp.route("/")
def index():
    global visits
    visits += 1
    products = db.fetch_all("SELECT * FROM products ORDER BY created DESC")
    return render_template("index.html", products=products[:12])


@bp.route("/products/<int:product_id>")
def product_page(product_id: int):
    product = db.fetch_one("SELECT * FROM products WHERE id = :id",
                           id=product_id)
    if product is None:
        abort(404)
    return render_template("product.html", product=product,
                           price=money(int(product["price"] * 100)))


@bp.route("/cart", methods=["POST"])
def add_to_cart():
    item = request.get_json()
    db.execute("INSERT INTO cart_items (user_id, product_id) VALUES (:u, :p)",
               u=g.user_id, p=item["product_id"])
    return jsonify({"ok": True})


class ReviewView(MethodView):
    def get(self, product_id: int):
        return jsonify(db.fetch_all(
            "SELECT * FROM reviews WHERE product_id = :p", p=product_id))

    def post(self, product_id: int):
        review = request.get_json()
        db.execute("INSERT INTO reviews (product_id, body) VALUES (:p, :b)",
                   p=product_id, b=review["body"])
        return jsonify({"ok": True}), 201


bp.add_url_rule("/products/<int:product_id>/reviews",
                view_func=ReviewView.as_view("reviews"))
