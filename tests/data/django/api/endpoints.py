"""Not a views.py: only functions with a Django view decorator are request scope."""

import json

from django.contrib.auth.decorators import login_required, permission_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

webhook_events: list[dict] = []
downloads = {}
exports = []
flags = set()
replays = []


@csrf_exempt
@require_POST
def webhook(request):
    webhook_events.append(json.loads(request.body))  # expect: SLS101:5
    return JsonResponse({"ok": True})


@require_GET
def download(request, file_id):
    downloads[file_id] = downloads.get(file_id, 0) + 1  # expect: SLS101:5
    return JsonResponse({"downloads": downloads[file_id]})


@login_required
@permission_required("reports.export")
def export(request):
    exports.append(request.user.pk)  # expect: SLS101:5
    return JsonResponse({"queued": len(exports)})


@require_http_methods(["PUT", "DELETE"])
def feature_flag(request, name):
    if request.method == "DELETE":
        flags.discard(name)  # expect: SLS101:9
    else:
        flags.add(name)  # expect: SLS101:9
    return JsonResponse({"flags": sorted(flags)})


def replay_events(request):
    # Takes `request` but lives outside views.py and has no view decorator:
    # a management helper, not request scope.
    replays.extend(webhook_events)
    return len(replays)
