"""Accounts: a hand-rolled token store (fires) next to Django's own session (never SLS103)."""

import secrets

from django.contrib.auth import authenticate
from django.http import JsonResponse
from django.views.decorators.http import require_POST

api_tokens: dict[str, int] = {}
active_sessions = {}
password_reset_tokens = {}


@require_POST
def obtain_token(request):
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return JsonResponse({"error": "invalid"}, status=401)
    token = secrets.token_hex(20)
    api_tokens[token] = user.pk  # expect: SLS103:5
    active_sessions[request.session.session_key] = user.pk  # expect: SLS103:5
    return JsonResponse({"token": token})


def request_password_reset(request):
    token = secrets.token_urlsafe()
    password_reset_tokens[token] = request.POST["email"]  # expect: SLS103:5
    return JsonResponse({"sent": True})


def revoke_token(request):
    api_tokens.pop(request.headers["Authorization"], None)  # expect: SLS103:5
    return JsonResponse({"ok": True})


def remember_me(request):
    # Django's session: stored by SESSION_ENGINE, never an in-memory store of ours.
    request.session["remember"] = True
    request.session.set_expiry(60 * 60 * 24 * 30)
    request.session.setdefault("visits", 0)
    request.session["visits"] += 1
    del request.session["remember"]
    request.session.flush()
    return JsonResponse({"ok": True})
