"""Views that keep nothing in process memory. No findings."""

import logging
import re

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import render

from .models import Profile

logger = logging.getLogger(__name__)
SLUG_RE = re.compile(r"^[-a-z0-9]+$")
DEFAULT_PREFS = {"theme": "light", "emails": True}
FEATURES = ("search", "export")
_registry: dict[str, str] = {}


def register_feature(name: str, label: str) -> None:
    # Filled at import time below.
    _registry[name] = label


register_feature("search", "Search")
register_feature("export", "Export")


@login_required
def preferences(request):
    prefs = dict(DEFAULT_PREFS)
    prefs.update(request.user.profile.preferences)
    prefs["features"] = [f for f in FEATURES if f in _registry]
    return JsonResponse(prefs)


@login_required
@transaction.atomic
def update_profile(request):
    slug = request.POST.get("slug", "")
    if not SLUG_RE.match(slug):
        return JsonResponse({"error": "bad slug"}, status=400)
    profile, _ = Profile.objects.get_or_create(user=request.user)
    profile.slug = slug
    profile.save()
    request.session["slug"] = slug
    logger.info("profile %s updated", profile.pk)
    return JsonResponse({"slug": slug, "debug": settings.DEBUG})


def home(request):
    context = {"features": sorted(_registry.items())}
    context["title"] = "Home"
    return render(request, "home.html", context)
