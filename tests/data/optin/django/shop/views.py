"""Django async views and mail: writes SLS201 knows; a response helper that only answers."""

from django.core import mail
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Order
from .responses import send_result


@require_POST
async def place(request):  # expect: SLS201:1
    order = Order(sku=request.POST["sku"])
    await order.asave()
    return JsonResponse({"id": order.pk})


@require_POST
async def cancel(request, order_id):  # expect: SLS201:1
    await Order.objects.filter(pk=order_id).aupdate(status="cancelled")
    return JsonResponse({"ok": True})


@require_POST
def contact(request):  # expect: SLS201:1
    with mail.get_connection() as connection:
        connection.sendmail("shop@example.com", ["team@example.com"], request.POST["text"])
    return JsonResponse({"sent": True})


@require_POST
def quote(request):
    return send_result({"price": len(request.POST["sku"]) * 10})
