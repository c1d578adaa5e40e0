"""Django function and class-based views: methods come from the gates and method names."""

from django.core.mail import send_mail
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .models import Comment, Order


@require_POST
def create_order(request):  # expect: SLS201:1
    Order.objects.create(customer=request.user, sku=request.POST["sku"])
    return JsonResponse({"created": True}, status=201)


@require_http_methods(["GET", "POST"])
def contact(request):  # expect: SLS201:1
    if request.method == "POST":
        send_mail("Contact", request.POST["message"], None, ["team@example.com"])
    return JsonResponse({"sent": request.method == "POST"})


@require_POST
def pay(request):
    key = request.META.get("HTTP_IDEMPOTENCY_KEY")
    if key is None:
        return HttpResponseBadRequest("Idempotency-Key required")
    return JsonResponse({"paid": True})


@require_http_methods(["PUT", "DELETE"])
def replace_or_delete(request, order_id):
    return JsonResponse({"id": order_id})


@require_GET
def order_list(request):
    return JsonResponse({"orders": []})


def order_detail(request, order_id):
    # No gate: the method is not known here, so nothing is reported.
    return JsonResponse({"id": order_id})


class CommentView(View):
    def get(self, request, order_id):
        return JsonResponse({"comments": []})

    def post(self, request, order_id):  # expect: SLS201:5
        Comment.objects.create(order_id=order_id, text=request.POST["text"])
        return JsonResponse({"created": True}, status=201)


class IdempotentView(View):
    """Checks the key once for every method of its subclasses."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and "Idempotency-Key" not in request.headers:
            return HttpResponseBadRequest("Idempotency-Key required")
        return super().dispatch(request, *args, **kwargs)


class ShipmentView(IdempotentView):
    def post(self, request, order_id):
        return JsonResponse({"shipped": order_id})
