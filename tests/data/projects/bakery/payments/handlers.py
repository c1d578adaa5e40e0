"""Routed by api/routes.py, which only the root URLconf's include() leads to."""

from django.http import JsonResponse

charges: list[dict] = []


def charge(request):
    charges.append({"amount": request.POST["amount"]})  # expect: SLS101:5
    return JsonResponse({"ok": True})
