"""Blueprints, add_url_rule, MethodView and Flask-RESTful resources."""

from flask import Blueprint, Flask, jsonify, request
from flask.views import MethodView, View
from flask_restful import Api, Resource

bp = Blueprint("catalog", __name__, url_prefix="/catalog")
products: dict[str, dict] = {}
views_per_product = {}
wishlist = []
reviews: dict[str, list[str]] = {}
exports = []
audits = []


@bp.route("/products", methods=["POST"])
def add_product():
    products[request.json["sku"]] = request.json  # expect: SLS101:5
    return jsonify(ok=True)


@bp.get("/products/<sku>")
def show_product(sku):
    views_per_product[sku] = views_per_product.get(sku, 0) + 1  # expect: SLS101:5
    return jsonify(products[sku])


def add_to_wishlist(sku):
    wishlist.append(sku)  # expect: SLS101:5
    return jsonify(wishlist=wishlist)


class BaseAPI(MethodView):
    def load(self, sku):
        return products[sku]


class ProductAPI(BaseAPI):
    def get(self, sku):
        return jsonify(self.load(sku))

    def patch(self, sku):
        product = products[sku]
        product.update(request.json)  # expect: SLS101:9
        return jsonify(product)

    def delete(self, sku):
        products.pop(sku)  # expect: SLS101:9
        return "", 204


class ExportView(View):
    methods = ["POST"]

    def dispatch_request(self):
        exports.append(dict(products))  # expect: SLS101:9
        return jsonify(count=len(exports))


class ReviewResource(Resource):
    def post(self, sku):
        reviews.setdefault(sku, []).append(request.json["text"])  # expect: SLS101:9
        return {"reviews": reviews[sku]}, 201

    def get(self, sku):
        return {"reviews": reviews.get(sku, [])}


@bp.before_app_request
def audit():
    audits.append(request.path)  # expect: SLS101:5


bp.add_url_rule("/wishlist/<sku>", view_func=add_to_wishlist, methods=["POST"])
bp.add_url_rule("/products/<sku>/detail", view_func=ProductAPI.as_view("product"))
bp.add_url_rule("/export", view_func=ExportView.as_view("export"))

app = Flask(__name__)
app.register_blueprint(bp)
api = Api(app)
api.add_resource(ReviewResource, "/reviews/<sku>")
