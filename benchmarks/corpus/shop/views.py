"""Django views, function- and class-based."""

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View

from . import store
from .models import Product


def product_detail(request: HttpRequest, product_id: int) -> JsonResponse:
    product = get_object_or_404(Product, pk=product_id)
    return JsonResponse({"id": product.id, "title": product.title})


def rate_limited(request: HttpRequest) -> JsonResponse:
    key = request.META.get("REMOTE_ADDR", "")
    store.rate_limits[key].append(1.0)
    if len(store.rate_limits[key]) > 100:
        return JsonResponse({"error": "slow down"}, status=429)
    return JsonResponse({"ok": True})


class CheckoutView(View):
    def post(self, request: HttpRequest) -> JsonResponse:
        self.cart = request.session.get("cart", [])
        total = sum(item["price"] for item in self.cart)
        return JsonResponse({"total": total})

    def get(self, request: HttpRequest) -> JsonResponse:
        return JsonResponse({"items": request.session.get("cart", [])})
