"""django-idempotency-key: its middleware and decorators handle the key for these views."""

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from idempotency_key.decorators import idempotency_key, idempotency_key_exempt


@idempotency_key
@require_POST
def charge(request):
    return JsonResponse({"charged": True})


@idempotency_key_exempt
@require_POST
def ping(request):
    return JsonResponse({"pong": True})


@require_POST
def capture(request):
    return JsonResponse({"captured": True})
