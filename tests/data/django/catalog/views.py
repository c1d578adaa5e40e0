"""Per-user caching in process memory versus Django's cache framework."""

from functools import lru_cache

from django.core.cache import cache
from django.http import JsonResponse
from django.views.decorators.cache import cache_page

from .models import Product

price_cache: dict[tuple[int, int], float] = {}


@lru_cache(maxsize=1024)  # expect: SLS105:2
def personalised_price(user_id: int, product_id: int) -> float:
    return float(Product.objects.get(pk=product_id).price) * (0.9 if user_id % 2 else 1.0)


@lru_cache(maxsize=8)
def category_tree(locale: str) -> list:
    # Configuration-like parameter: not per user.
    return list(Product.objects.values_list("category", flat=True).distinct())


def product_price(request, product_id):
    key = (request.user.pk, product_id)
    if key not in price_cache:
        price_cache[key] = personalised_price(*key)  # expect: SLS105:9
    return JsonResponse({"price": price_cache[key], "tree": category_tree(request.LANGUAGE_CODE)})


def product_detail(request, product_id):
    # Django's cache framework: the backend choice is the settings' business.
    data = cache.get(f"product:{product_id}")
    if data is None:
        data = Product.objects.filter(pk=product_id).values().first()
        cache.set(f"product:{product_id}", data, 300)
    return JsonResponse(data)


@cache_page(60 * 15)
def product_list(request):
    return JsonResponse({"products": list(Product.objects.values("id", "name"))})


def invalidate(request, product_id):
    cache.delete(f"product:{product_id}")
    cache.clear()
    return JsonResponse({"ok": True})
