"""Django makes a view instance per request: self.x in views is request-local. No findings."""

from django.http import JsonResponse
from django.views import View
from django.views.generic import DetailView, FormView, ListView

from .forms import ReviewForm
from .models import Product


class ProductList(ListView):
    model = Product
    paginate_by = 20
    ordering = ["name"]
    http_method_names = ["get", "head"]

    def get_queryset(self):
        self.category = self.request.GET.get("category")
        queryset = super().get_queryset()
        return queryset.filter(category=self.category) if self.category else queryset

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["category"] = self.category
        return context


class ProductDetail(DetailView):
    model = Product

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.viewed = []
        self.viewed.append(self.object.pk)
        return self.render_to_response(self.get_context_data(object=self.object))


class ReviewCreate(FormView):
    form_class = ReviewForm
    template_name = "shop/review.html"
    initial = {"rating": 5}

    def get_initial(self):
        initial = self.initial.copy()
        initial["product"] = self.kwargs["pk"]
        return initial

    def form_valid(self, form):
        self.review = form.save()
        return super().form_valid(form)


class Ping(View):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.calls = []

    def get(self, request):
        self.calls.append(request.path)
        return JsonResponse({"calls": self.calls})
