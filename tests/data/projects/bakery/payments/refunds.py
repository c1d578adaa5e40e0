"""No URLconf routes this module: its functions are not views."""

from django.http import JsonResponse

refunds: list[dict] = []


def refund(request):
    refunds.append({"amount": request.POST["amount"]})
    return JsonResponse({"ok": True})
