"""Django views: per-request instances, but class attributes live for the whole process."""

from django.http import JsonResponse
from django.views import View
from django.views.generic import ListView

from .models import Product


class CompareView(View):
    compared = []  # one list for every request of every user

    def post(self, request):
        self.compared.append(request.POST["product"])  # expect: SLS107:9
        return JsonResponse({"compared": self.compared})


class RecentlyViewed(ListView):
    model = Product
    per_user = {}

    def get_queryset(self):
        ids = self.per_user.setdefault(self.request.user.pk, [])  # expect: SLS107:15
        ids.append(self.kwargs["pk"])  # expect: SLS107:9
        return Product.objects.filter(pk__in=ids)


class WishlistView(View):
    """No findings: setup() gives every instance its own list; config is only read."""

    http_method_names = ["get", "post"]
    items = []

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.items = []

    def post(self, request):
        self.items.append(request.POST["product"])
        return JsonResponse({"items": self.items, "methods": self.http_method_names})
