"""Routed by the root URLconf (bakery/urls.py), beside this app."""

from django.http import JsonResponse

logged_in: dict[str, str] = {}


def login(request):
    logged_in[request.session.session_key] = request.POST["user"]  # expect: SLS103:5
    return JsonResponse({"ok": True})


def logout_everyone():
    logged_in.clear()
