"""Class-based views over several inheritance levels, and middleware classes."""

import time

from django.http import JsonResponse
from django.utils.deprecation import MiddlewareMixin
from django.views import View
from django.views.generic import DetailView, TemplateView

from .models import Product

carts: dict[int, list[int]] = {}
page_views = {}
compare_lists = {}
slow_paths = []
blocked_paths = []
visits_per_ip = {}


class JsonView(View):
    def render(self, data):
        return JsonResponse(data)


class CartView(JsonView):
    def get(self, request):
        return self.render({"items": carts.get(request.user.pk, [])})

    def post(self, request):
        carts.setdefault(request.user.pk, []).append(int(request.POST["product"]))  # expect: SLS101:9
        return self.render({"items": carts[request.user.pk]})

    def delete(self, request):
        carts.pop(request.user.pk, None)  # expect: SLS101:9
        return self.render({})


class CompareView(CartView):
    # Third level: still a Django View.
    def put(self, request):
        compare_lists[request.user.pk] = request.GET.getlist("id")  # expect: SLS101:9
        return self.render({"compare": compare_lists[request.user.pk]})


class HomeView(TemplateView):
    template_name = "shop/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["products"] = Product.objects.all()[:10]
        return context


class ProductDetail(DetailView):
    model = Product

    def get(self, request, *args, **kwargs):
        page_views[kwargs["pk"]] = page_views.get(kwargs["pk"], 0) + 1  # expect: SLS101:9
        return super().get(request, *args, **kwargs)


class TimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        start = time.monotonic()
        response = self.get_response(request)
        if time.monotonic() - start > 1:
            slow_paths.append(request.path)  # expect: SLS101:13
        return response


class BlockMiddleware(MiddlewareMixin):
    def process_request(self, request):
        if request.path.startswith("/wp-admin"):
            blocked_paths.append(request.path)  # expect: SLS101:13

    def process_view(self, request, view_func, view_args, view_kwargs):
        visits_per_ip[request.META["REMOTE_ADDR"]] = view_func.__name__  # expect: SLS101:9


def simple_middleware(get_response):
    # One-time configuration runs here; the inner function runs per request.
    seen = set()

    def middleware(request):
        seen.add(request.path)  # expect: SLS101:9
        return get_response(request)

    return middleware
