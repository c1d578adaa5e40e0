"""`global` in views against module setup."""

from django.http import JsonResponse

request_count = 0
last_error = None
LOW_STOCK_THRESHOLD = 5
_config = None


def configure(threshold: int) -> None:
    # Not a view: no request parameter, called at import.
    global LOW_STOCK_THRESHOLD
    LOW_STOCK_THRESHOLD = threshold


def counter(request):
    global request_count  # expect: SLS102:5
    request_count += 1
    return JsonResponse({"count": request_count})


def report_error(request):
    global last_error  # expect: SLS102:5
    last_error = request.POST.get("message")
    return JsonResponse({"ok": True})


def threshold(request):
    global LOW_STOCK_THRESHOLD
    return JsonResponse({"threshold": LOW_STOCK_THRESHOLD, "last_error": last_error})


def _get_config():
    # Lazy one-time initialisation (only assigned under `if _config is None:`): the value
    # is the same for every request, like `@lru_cache def get_settings()`. Not reported.
    global _config
    if _config is None:
        _config = {"threshold": LOW_STOCK_THRESHOLD}
    return _config


def config_view(request):
    return JsonResponse(_get_config())


configure(10)
