"""Django views changing settings at runtime (SLS108); reading settings is fine."""

from django.conf import settings
from django.contrib.admin.views.decorators import staff_member_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET, require_POST


@staff_member_required
@require_POST
def toggle_maintenance(request):
    settings.MAINTENANCE_MODE = request.POST.get("on") == "1"  # expect: SLS108:5
    return JsonResponse({"maintenance": settings.MAINTENANCE_MODE})


@require_POST
def add_allowed_host(request):
    settings.ALLOWED_HOSTS.append(request.POST["host"])  # expect: SLS108:5
    setattr(settings, "LAST_HOST", request.POST["host"])  # expect: SLS108:5
    return JsonResponse({"hosts": settings.ALLOWED_HOSTS})


@require_GET
def feature_list(request):
    # Reads only, and a local copy: no findings.
    features = dict(settings.FEATURES)
    features["beta"] = request.user.is_staff
    request.features = features
    return JsonResponse({"features": features, "debug": settings.DEBUG})


@require_POST
def reload_flags(request):
    from django.conf import settings as django_settings

    django_settings.FEATURES = {"beta": True}  # expect: SLS108:5
    return JsonResponse({"ok": True})


@require_GET
def render_flags(request, settings=None):
    # A parameter named like the import is not Django's settings: no finding.
    settings = settings or {}
    settings["theme"] = request.GET.get("theme", "light")
    return JsonResponse(settings)
